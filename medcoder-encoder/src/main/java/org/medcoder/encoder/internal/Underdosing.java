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

    private Underdosing() {
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
