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
        // Problem-list forms of chapters 11-13 and their status codes, in the index's words: "Cholangitis,
        // sclerosing, primary" (K83.01), "Arthritis, juvenile" (M08.-), "Presence, implanted device, automatic
        // cardiac defibrillator" (Z95.810), "Abnormal, alphafetoprotein" (R77.2).
        put.accept("psc", "primary sclerosing cholangitis");
        put.accept("jia", "juvenile idiopathic arthritis");
        put.accept("aicd", "presence of automatic cardiac defibrillator");
        put.accept("afp", "alphafetoprotein");
        // A condition after an operation: the index's modifier is one word ("Prolapse, vagina, posthysterectomy"
        // N99.3; "Syndrome, postcholecystectomy" K91.5); "after"/"following" the operation also gives that word.
        for (String operation : INDEXED_OPERATIONS) {
            put.accept("after " + operation + "|following " + operation, "after " + operation + " post" + operation);
        }
    }
}
