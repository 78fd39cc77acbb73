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

    /** Words that place a statement in a pregnancy (I.C.15.a), weeks of gestation (20 to 42) among them. */
    private static final String OBSTETRIC = "(?:pregnan|gestation|gravid|trimester|antepartum|obstetric|labou?r\\b"
            + "|deliver|\\bg\\dp\\d|\\b(?:[23]\\d|4[0-2])\\s?(?:weeks?|wks?)\\b)";
    /** Stated weeks of a full-term pregnancy, 37 or more (Index: "premature rupture of membranes, full-term"). */
    private static final String FULL_TERM_WEEKS = "(?:\\b(?:3[7-9]|4[0-2])(?:\\s?\\+\\s?\\d)?\\s?(?:weeks?|wks?)\\b)";
    /** Stated weeks of a viable pregnancy before 37 (Index: "premature rupture of membranes, pre-term"). */
    private static final String PRETERM_WEEKS = "(?:\\b(?:2\\d|3[0-6])(?:\\s?\\+\\s?\\d)?\\s?(?:weeks?|wks?)\\b)";
    /** Words that name a newborn: a premature or preterm infant and a neonate are newborns (chapter 16). */
    private static final String NEWBORN = "(?:infant|preterm|premature|neonat|newborn)";

    private PerinatalShorthand() {
    }

    /**
     * A look-around that holds where the context is anywhere in the same statement line, after the short form or
     * before it ({@code last} is the short form's last word, which the look-behind ends with).
     */
    private static String inStatement(String context, String last) {
        return "(?:(?=.*" + context + ")|(?<=" + context + ".{0,200}" + last + "))";
    }

    /** Adds the variants (regex of the written form, index wording) in the order they are to be tried. */
    static void register(BiConsumer<String, String> put) {
        put.accept("hie", "hypoxic ischemic encephalopathy");
        // Obstetric and neonatal problem-list forms, each the index's own entry: "Pregnancy, complicated by,
        // premature rupture of membranes" (O42.-), "Delivery, normal / spontaneous" (O80), "Tachypnea, transitory,
        // of newborn" (P22.1), "Hemorrhage, intraventricular" (P52.-), "Enterocolitis, necrotizing, in newborn"
        // (P77.-). "PROM" is the membranes only in a pregnancy (chapter 15 codes are for the maternal record,
        // I.C.15.a); elsewhere it is the passive range of motion of a joint. Stated weeks choose the index's
        // "premature rupture of membranes, full-term" (37 weeks or more, O42.-2) or "pre-term" (O42.-1).
        put.accept("pprom", "preterm premature rupture of membranes");
        put.accept("prom" + inStatement(FULL_TERM_WEEKS, "prom"), "full-term premature rupture of membranes");
        put.accept("prom" + inStatement(PRETERM_WEEKS, "prom"), "preterm premature rupture of membranes");
        put.accept("prom" + inStatement(OBSTETRIC, "prom"), "premature rupture of membranes");
        put.accept("nsvd", "normal spontaneous vaginal delivery");
        put.accept("ttn", "transient tachypnea of newborn");
        put.accept("ivh", "intraventricular hemorrhage");
        // "NEC" is the disease where a stage or a newborn is named: a premature infant or a neonate is a newborn
        // ("Enterocolitis, necrotizing, in newborn, stage 2" P77.2); elsewhere it is the classification's "not
        // elsewhere classified" (I.A.6.a).
        for (int stage = 1; stage <= 3; stage++) {
            String forms = "stage " + stage + " nec|nec,? stage " + stage;
            String disease = "stage " + stage + " necrotizing enterocolitis";
            for (String form : VariantForms.alternatives(forms)) {
                put.accept(form + inStatement(NEWBORN, form.substring(form.lastIndexOf(' ') + 1)),
                        disease + " in newborn");
            }
            put.accept(forms, disease);
        }
        put.accept("nec in (?:an? |the )?(?:preterm |premature )?(?:newborn|neonate|infant)",
                "necrotizing enterocolitis in newborn");
        put.accept("nec" + inStatement(NEWBORN, "nec"), "necrotizing enterocolitis in newborn");
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
