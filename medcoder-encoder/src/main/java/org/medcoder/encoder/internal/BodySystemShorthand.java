package org.medcoder.encoder.internal;

import java.util.function.BiConsumer;

/**
 * Short forms of respiratory, digestive, skin, musculoskeletal and genitourinary problem lists (chapters 10-14),
 * rewritten to the Alphabetic Index's words: the organism "H. influenzae" is the index's "Hemophilus influenzae"
 * ("Pneumonia, Hemophilus influenzae" J14), a "CBD stone" a calculus of the common bile duct ("Calculus, bile duct
 * (common)" K80.5-), "postop" the index's "postoperative" / "postprocedural" ("Failure, hepatic, postprocedural"
 * K91.82), Latin plurals the index's singular ("lentigines": Lentigo L81.4). Each expansion is index wording, never a
 * code (Guideline I.B.1).
 */
final class BodySystemShorthand {

    /** Operations the index names with a "post-" modifier (Postlaminectomy, Posthysterectomy ...). */
    private static final String[] INDEXED_OPERATIONS = {"mastoidectomy", "laminectomy", "gastrectomy", "mastectomy",
        "cardiotomy", "pancreatectomy", "cholecystectomy", "vagotomy", "oophorectomy", "hysterectomy", "vasectomy",
        "parathyroidectomy", "hypophysectomy"};

    /** Up to two words, then a removal ("-ectomy"): what follows "after"/"following" in a post-removal state. */
    private static final String BEFORE_REMOVAL = "(?=\\s+(?:[a-z]+\\s+){0,2}[a-z]+ectomy\\b)";

    /** Up to two words, then a radiation treatment: what follows "after"/"following" in a post-radiation state. */
    private static final String RADIATION = "(?=\\s+(?:[a-z]+\\s+){0,2}(?:radiation|radiotherapy|irradiation"
            + "|radioactive iodine|radioiodine|rai\\b))";

    /** No cataract, lens or eye word in the same statement line, after or before "psc" (its last word). */
    private static final String NOT_BESIDE_EYE = "(?!.*(?:cataract|\\blens|\\beyes?\\b|ocular|ophthalm))"
            + "(?<!(?:cataract|\\blens|\\beyes?\\b|ocular|ophthalm).{0,200}psc)";

    private BodySystemShorthand() {
    }

    /** Adds the forms to the abbreviation list (core order: before the shorter forms they contain). */
    static void register(BiConsumer<String, String> put) {
        put.accept("h\\.\\s*influenzae|h\\s+influenzae|h\\.\\s*flu|h\\s+flu|haemophilus influenzae"
                + "|hemophilus influenza",
                "hemophilus influenzae");
        put.accept("cbd stones?|cbd calculi|cbd calculus|cbd stone disease", "common bile duct calculus");
        put.accept("cbd obstruction", "common bile duct obstruction");
        put.accept("postop|post-op|post op", "postoperative");
        put.accept("lentigines", "lentigo");
        put.accept("nevi", "nevus");
        put.accept("calculi", "calculus");
        // "Vulvovaginal" names both sites the index lists apart ("Candidiasis, vulva", "... vagina": B37.3-).
        put.accept("vulvovaginal", "vulvovaginal vulva vagina");
        // Problem-list forms of chapters 11-13 and devices, in the index's words: "Cholangitis, sclerosing,
        // primary" (K83.01), "Arthritis, juvenile" (M08.-), "Abnormal, alphafetoprotein" (R77.2). Beside a cataract
        // or an eye, "PSC" is the posterior subcapsular cataract ("Cataract, senile, subcapsular polar (posterior)"),
        // not the liver disease. "AICD" is the device alone ("automatic implantable cardiac defibrillator"): its
        // status Z95.810 ("Presence, implanted device, automatic cardiac defibrillator") comes from the statement's
        // own presence wording (in place, status, with / has / s/p an AICD; "ICD" too, only in such wording), never beside a complication of the
        // device (T82.-), whose code already says there is one (I.C.21.c.3).
        put.accept("psc" + NOT_BESIDE_EYE, "primary sclerosing cholangitis");
        put.accept("jia", "juvenile idiopathic arthritis");
        for (String device : new String[] {"aicd", "icd"}) { // each variant starts with a literal (VariantForms)
            put.accept(device + "(?:(?=.*\\b(?:in place|status|present)\\b)|(?<=(?:\\bwith|\\bhas|\\bhas\\san?"
                    + "|status\\spost|s/p)\\s{1,3}" + device + "))(?!.*(?:malfunction|infect|complicat|failure|displace"
                    + "|dislodg|erosion|fracture|leak|breakdown))", "presence of automatic implantable cardiac defibrillator");
        }
        put.accept("aicd", "automatic implantable cardiac defibrillator");
        put.accept("afp", "alphafetoprotein");
        // A condition after an operation: the index's modifier is one word ("Prolapse, vagina, posthysterectomy"
        // N99.3; "Syndrome, postcholecystectomy" K91.5); "after"/"following" the operation also gives that word.
        for (String operation : INDEXED_OPERATIONS) {
            put.accept("after " + operation + "|following " + operation,
                    "after " + operation + " post" + operation + " postsurgical postprocedural");
        }
        // Any other removal ("-ectomy", up to two words before it: "total thyroidectomy"): the index names what the
        // loss of the organ leaves with its "postsurgical" modifier ("Hypothyroidism, postsurgical" E89.0;
        // "Asplenia, postsurgical" Z90.81; "Malabsorption, postsurgical" K91.2), the one word the statement's
        // "after"/"following" the operation gives (I.B.16: the statement links the condition to the procedure).
        // The index names the same state "postprocedural" as often ("Hypoparathyroidism, postprocedural" E89.2;
        // "Hypopituitarism, postprocedural" E89.3; "Anuria, postprocedural" N99.0): both words, here and after the
        // operations above.
        put.accept("after" + BEFORE_REMOVAL, "after postsurgical postprocedural");
        put.accept("following" + BEFORE_REMOVAL, "following postsurgical postprocedural");
        // Radiation treatment before the condition is the index's "postirradiation" ("Hypothyroidism,
        // postirradiation" E89.0; "Hypopituitarism, postirradiation" E89.3), radioactive iodine ablation included.
        for (String when : new String[] {"after", "following", "post"}) {
            put.accept(when + RADIATION, when + " postirradiation");
        }
    }
}
