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
        // Obstetric and neonatal problem-list forms, each the index's own entry: "Pregnancy, complicated by,
        // premature rupture of membranes" (O42.-), "Delivery, normal / spontaneous" (O80), "Tachypnea, transitory,
        // of newborn" (P22.1), "Hemorrhage, intraventricular" (P52.-), "Enterocolitis, necrotizing, in newborn"
        // (P77.-). "NEC" is read as the disease only where a newborn or a stage follows or precedes it: elsewhere it
        // is the classification's "not elsewhere classified" (I.A.9.a).
        put.accept("pprom", "preterm premature rupture of membranes");
        put.accept("prom", "premature rupture of membranes");
        put.accept("nsvd", "normal spontaneous vaginal delivery");
        put.accept("ttn", "transient tachypnea of newborn");
        put.accept("ivh", "intraventricular hemorrhage");
        for (int stage = 1; stage <= 3; stage++) {
            put.accept("stage " + stage + " nec|nec,? stage " + stage, "stage " + stage + " necrotizing enterocolitis");
        }
        put.accept("nec in (?:an? |the )?(?:preterm |premature )?(?:newborn|neonate|infant)", "necrotizing enterocolitis in newborn");
        put.accept("neonatal nec", "neonatal necrotizing enterocolitis");
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
