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
    }
}
