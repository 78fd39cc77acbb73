package org.medcoder.encoder.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodedCode;

/**
 * An underdosing the statement tells in the words clinicians write rather than the classification's ("patient
 * stopped levothyroxine due to cost", "pt rationing insulin", "intentionally skipping furosemide doses", "taking
 * less sertraline than prescribed"): taking less of a medication than prescribed, or stopping it on the patient's own
 * initiative, is underdosing (I.C.19.e.5.c). A drug "stopped" or "reduced" with no word of the patient's agency or of a
 * noncompliance reason ("stopped lisinopril due to cough") was discontinued by the provider and is not underdosing. The drug's underdosing code (5th or 6th character 6) is added after the condition, never first;
 * the noncompliance code saying the intent follows it ({@link StatedConditions}).
 */
final class Underdosing {

    /** The verb of a drug not taken as prescribed, then the drug (group 1) up to the reason or the clause's end. */
    private static final Pattern NOT_TAKEN = Pattern.compile("\\b(?:stopped(?: taking)?|not taking|did not take"
            + "|forgot(?: to take)?|forgetting(?: to take)?|skipp(?:ed|ing)(?: doses? of)?|missed doses? of"
            + "|missing doses? of|ran out of|running out of|rationing|taking less|cutting back on|reduced)"
            + "\\s+(?:(?:his|her|their|the|own)\\s+)?([a-z0-9][a-z0-9 -]*?)(?:\\s+doses?)?(?=\\s+(?:than|due to|because"
            + "|on (?:his|her|their) own|as prescribed|for)\\b|\\s*[,;]|$)");

    /** Verbs that a provider's decision also explains: underdosing only with the patient's agency or reason. */
    private static final Pattern PROVIDER_VERB = Pattern.compile("^(?:stopped|reduced)\\b");

    /**
     * The patient as the one who stopped or took less, or a noncompliance reason (I.C.19.e.5.c: "on the patient's
     * own initiative (not directed by the patient's provider)"; Z91.12- intents).
     */
    private static final Pattern AGENCY = Pattern.compile("\\b(?:patient|pt|he|she|they|self|own|intentional(?:ly)?"
            + "|noncomplian(?:t|ce)|non-complian(?:t|ce)|costs?|financial hardship|afford\\w*)\\b");

    /** Words of a financial hardship; "cost" as a whole word, not in "costochondritis" or "costal". */
    private static final Pattern HARDSHIP = Pattern.compile("\\bcosts?\\b|financial hardship|afford");

    /** Words of an underdosing not meant (Z91.13-, Z91.A3): forgetting, confusion, a misunderstanding. */
    private static final Pattern UNINTENDED = Pattern.compile("\\b(?:forg[eo]t\\w*|unintentional(?:ly)?"
            + "|confus\\w*|misunderst\\w*)");
    /** Words of an underdosing on purpose (Z91.12-, Z91.A2-): a choice, a refusal, on one's own. */
    private static final Pattern INTENDED = Pattern.compile("\\b(?:intentional(?:ly)?|on (?:his|her|their) own"
            + "|chose|decided|refus\\w*|deliberate(?:ly)?)\\b");
    /**
     * A caregiver as the one who gave less of the patient's medication (Z91.A-, "Caregiver's ... underdosing of
     * patient's medication regimen"): the person, then within two words the verb of a dose not given.
     */
    private static final Pattern CAREGIVER = Pattern.compile("\\b(?:caregivers?|carers?|mother|mom|father|dad"
            + "|parents?|grandmother|grandfather|grandparents?|guardian|foster parent|nurse|aide|staff|spouse|wife"
            + "|husband)\\s+(?:\\w+\\s+){0,2}?(?:forg[eo]t|forgets|forgetting|did not give|didn't give|does not give"
            + "|gave less|gives less|giving less|withh[oe]ld\\w*|skipped|skips|missed|refused to give|refuses to give"
            + "|stopped giving|could not afford|cannot afford|can't afford)\\b");

    /** The intent of an underdosing a statement tells, and whose it is (I.C.19.e.5.c). */
    enum Intent {
        /** No intent stated. */
        NONE,
        /** Patient's unintentional underdosing, Z91.13-. */
        UNINTENTIONAL,
        /** Patient's intentional underdosing, Z91.12-. */
        INTENTIONAL,
        /** Patient's intentional underdosing due to financial hardship, Z91.120. */
        HARDSHIP,
        /** Caregiver's underdosing, intent not stated: caregiver's other noncompliance, Z91.A48. */
        CAREGIVER_OTHER,
        /** Caregiver's unintentional underdosing, Z91.A3. */
        CAREGIVER_UNINTENTIONAL,
        /** Caregiver's intentional underdosing, Z91.A28. */
        CAREGIVER_INTENTIONAL,
        /** Caregiver's intentional underdosing due to financial hardship, Z91.A20. */
        CAREGIVER_HARDSHIP;

        /** Whether the caregiver, not the patient, underdosed (the caregiver's noncompliance is not Z91.1-). */
        boolean caregiver() {
            return name().startsWith("CAREGIVER");
        }
    }

    private Underdosing() {
    }

    /** The intent of the underdosing the (lower-case) statement tells, with a caregiver as subject first. */
    static Intent intent(String t) {
        boolean unintended = UNINTENDED.matcher(t).find();
        boolean hardship = hardship(t);
        boolean intended = !unintended && !hardship && INTENDED.matcher(t).find();
        if (mayBeCaregiver(t) && CAREGIVER.matcher(t).find()) {
            return unintended ? Intent.CAREGIVER_UNINTENTIONAL : hardship ? Intent.CAREGIVER_HARDSHIP
                    : intended ? Intent.CAREGIVER_INTENTIONAL : Intent.CAREGIVER_OTHER;
        }
        return unintended ? Intent.UNINTENTIONAL : hardship ? Intent.HARDSHIP
                : intended ? Intent.INTENTIONAL : Intent.NONE;
    }

    /** The noncompliance code of an intent (I.C.19.e.5.c); null for none. */
    static String intentCode(Intent intent, String t) {
        return switch (intent) {
            case NONE -> null;
            case UNINTENTIONAL -> t.contains("age-related debility") ? "Z91.130" : "Z91.138";
            case INTENTIONAL -> "Z91.128";
            case HARDSHIP -> "Z91.120";
            case CAREGIVER_OTHER -> "Z91.A48";
            case CAREGIVER_UNINTENTIONAL -> "Z91.A3";
            case CAREGIVER_INTENTIONAL -> "Z91.A28";
            case CAREGIVER_HARDSHIP -> "Z91.A20";
        };
    }

    /** Literal pre-check of a caregiver word (hot path). */
    private static boolean mayBeCaregiver(String t) {
        return t.contains("care") || t.contains("mother") || t.contains("mom") || t.contains("father")
                || t.contains("dad") || t.contains("parent") || t.contains("guardian") || t.contains("nurse")
                || t.contains("aide") || t.contains("staff") || t.contains("spouse") || t.contains("wife")
                || t.contains("husband");
    }

    /** Whether the statement gives a financial hardship as the reason (Z91.120, I.C.19.e.5.c). */
    static boolean hardship(String t) {
        return HARDSHIP.matcher(t).find();
    }

    /**
     * The drug words of a medication the statement says was taken less than prescribed or stopped by the patient;
     * empty when there is none.
     */
    static Optional<String> underdosed(String t) {
        if (!mayApply(t)) {
            return Optional.empty();
        }
        Matcher m = NOT_TAKEN.matcher(t);
        if (!m.find() || PROVIDER_VERB.matcher(m.group().strip()).lookingAt() && !AGENCY.matcher(t).find()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1));
    }

    /**
     * Adds the underdosing code of the drug the statement says was not taken as prescribed, when no underdosing
     * code was assigned yet and the words name only a drug of the Table of Drugs and Chemicals.
     */
    static void add(String t, List<EncodedCode> codes, Engine engine, CodeAdditions additions, EncodeOptions options) {
        if (!mayApply(t) || codes.stream().anyMatch(c -> CodeKinds.underdosing(c.code().value()))) {
            return;
        }
        Matcher m = NOT_TAKEN.matcher(t);
        Optional<String> drug = underdosed(t);
        if (drug.isEmpty() || !m.find() || !additions.onlyDrug(drug.get())) {
            return;
        }
        for (EncodedCode c : engine.encodePlain("underdosing of " + drug.get(), options).codes()) {
            if (CodeKinds.underdosing(c.code().value())) {
                int at = 0;
                // After the condition's codes and before the status and noncompliance Z codes (Z79.4, Z91.12-).
                while (at < codes.size() && !codes.get(at).code().value().startsWith("Z")) {
                    at++;
                }
                codes.add(at, c.withStep("stated in the statement (\"" + m.group().strip() + "\"): a drug taken less"
                        + " than prescribed or stopped is underdosed, coded after the condition (I.C.19.e.5.c)",
                        List.of("I.C.19.e.5.c")));
                return;
            }
        }
    }

    /** Literal pre-check (hot path): one of the verbs. */
    private static boolean mayApply(String t) {
        return t.contains("stopped") || t.contains("not taking") || t.contains("did not take")
                || t.contains("forg") || t.contains("skipp") || t.contains("miss") || t.contains("ran out")
                || t.contains("running out") || t.contains("rationing") || t.contains("taking less")
                || t.contains("cutting back") || t.contains("reduced");
    }
}
