package org.medcoder.encoder.internal;

import java.util.function.BiConsumer;

/**
 * Short forms of the perinatal and genetic chapters (15-17) rewritten to the Alphabetic Index's own words:
 * "HIE" is the index's "Encephalopathy, hypoxic ischemic" (P91.6-), "IUGR"/"FGR" the "fetal growth retardation"
 * of "Pregnancy, complicated by, fetal, growth retardation" (O36.59-) and "Newborn, affected by, fetal,
 * growth retardation" (P05.9), and a karyotype formula ("46,XY female", "47,XXY") the index's "Karyotype, 46,XY,
 * female" (Q97.3). Each expansion is index wording, never a code (Guideline I.B.1).
 */
final class PerinatalShorthand {

    /** Karyotype formulas of the index's "Karyotype" entries, longest first. */
    private static final String[] KARYOTYPES = {"49,xxxxy", "48,xxxy", "48,xxyy", "47,xxx", "47,xxy", "47,xyy",
        "46,xx", "46,xy", "45,x"};

    private PerinatalShorthand() {
    }

    /** Adds the variants (regex of the written form, index wording) in the order they are to be tried. */
    static void register(BiConsumer<String, String> put) {
        put.accept("hie", "hypoxic ischemic encephalopathy");
        // Category O07 "Failed attempted termination of pregnancy" is indexed under "Abortion, attempted (elective)
        // (failed)", with its complications as subterms ("complicated by, electrolyte imbalance" O07.33).
        put.accept("failed\\s+(?:attempted\\s+)?(?:elective\\s+|induced\\s+)?termination\\s+of\\s+pregnancy"
                + "|attempted\\s+(?:elective\\s+|induced\\s+)?termination\\s+of\\s+pregnancy",
                "failed attempted elective abortion");
        put.accept("iugr|intrauterine growth restriction", "fetal intrauterine growth retardation");
        put.accept("fgr|fetal growth restriction", "fetal growth retardation");
        for (String k : KARYOTYPES) {
            // The comma of the formula is not a clause break: written as two words after the main term.
            put.accept(k.replace(",", ",\\s?"), "karyotype " + k.replace(",", " "));
        }
    }
}
