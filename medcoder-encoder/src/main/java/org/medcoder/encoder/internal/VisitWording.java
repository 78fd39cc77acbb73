package org.medcoder.encoder.internal;

import java.util.function.BiConsumer;

/**
 * Encounters and their companions as physicians write them, in the Alphabetic Index's words (Guideline I.C.21.c):
 * a postpartum or postnatal check is "Examination, postpartum, routine follow-up" (Z39.2, I.C.21.c.14); an annual wellness physical "Examination,
 * annual (adult) (physical)" (Z00.0-); vaccines written as given ("routine vaccines given", "Tdap administered")
 * the encounter for immunization (Z23, I.C.21.c.2), which is coded with the visit; high-risk sexual behavior
 * written with its kind before "behavior" ("high-risk bisexual behavior") the index's "High, risk, sexual
 * behavior, bisexual" (Z72.5-); a screening for "STI"/"STD" the index's screening for sexually transmitted
 * infection (Z11.3).
 */
final class VisitWording {

    private static final String[] CHECKS = {"visit", "check", "checkup", "check-up", "follow-up", "exam",
        "examination"};

    /** Vaccine words a physician writes as given (the names themselves are {@link ProblemListShorthand}'s). */
    private static final String[] GIVEN_VACCINES = {"vaccines", "vaccine", "vaccinations", "vaccination",
        "immunizations", "immunization", "shots", "tdap", "dtap", "mmr"};
    private static final String GIVEN = "(?:\\s+(?:were|was))?\\s+(?:given|administered|updated|provided|today)";

    private VisitWording() {
    }

    /** Adds the variants (regex of the written form, index wording) in the order they are to be tried. */
    static void register(BiConsumer<String, String> put) {
        for (String when : new String[] {"postpartum", "post-partum", "postnatal", "post-natal"}) {
            for (String check : CHECKS) {
                put.accept(when + " " + check, "examination postpartum routine follow-up");
            }
        }
        put.accept("annual wellness physical|wellness physical|annual wellness visit|wellness visit",
                "annual physical examination");
        for (String v : GIVEN_VACCINES) {
            put.accept(v + GIVEN, "encounter for immunization");
        }
        for (String kind : new String[] {"homosexual", "bisexual", "heterosexual"}) {
            put.accept("high[- ]risk " + kind + "(?: sexual)? behaviou?r", "high risk sexual behavior " + kind);
        }
        // Only as what a screening is for: "STI tests pending" beside a symptom is no condition (IV.H, IV.D).
        put.accept("screening for stis?|screening for stds?|screen for stis?|screen for stds?|stis? screening"
                + "|stds? screening", "screening for sexually transmitted infection");
    }
}
