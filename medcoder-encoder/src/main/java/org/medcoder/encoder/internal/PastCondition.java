package org.medcoder.encoder.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;

/**
 * A personal history of a condition that by its nature is over once treated: an infection ("history of treated
 * syphilis", "history of cerebral malaria") or a benign, in situ or uncertain neoplasm ("history of carcinoma in
 * situ of the cervix", "history of benign tumor of the ovary"). The index names few of them under "History,
 * personal"; a coder codes the condition itself and takes the history code of its class (I.C.21.c.4: a past
 * condition that no longer exists and is not treated):
 * <ul>
 *   <li>where the Tabular List says which conditions a history code covers, its inclusion term (I.A.11): Z86.1
 *       "Conditions classifiable to A00-B89, B99", Z86.00- "... D00-D09", walked down by the statement's words
 *       ("cerebral malaria" B50.0 -> Z86.13, "syphilis" A53.9 -> Z86.19; not by the code's title, whose generic
 *       "infection" would read Z86.14 "... Staphylococcus aureus infection" for any infection);</li>
 *   <li>else the index's history entry of chapter 2's block: "History, personal, benign neoplasm" (D10-D36, Z86.01-)
 *       and "neoplasm, uncertain behavior" (D37-D48, Z86.03), read with the condition's code title (the
 *       classification's words: "benign tumor" would read the subterm "carcinoid" by "tumor").</li>
 * </ul>
 * A malignancy is {@link FormerPrimary}'s (I.C.2.d); conditions of other chapters ("history of asthma") stay as the
 * statement's own path codes them: physicians write "history of" for chronic conditions still present.
 */
final class PastCondition {

    /** The words of a personal history before the condition ("prior", "previous", "remote" as in StatedClauses). */
    private static final Pattern HISTORY = Pattern.compile(
            "^(?:(?:personal\\s+)?history(?:\\s+of)?|prior|previous|remote)\\s+(?:an?\\s+)?");
    /** Title words that name no detail of the condition. */
    private static final Pattern RESIDUAL = Pattern.compile(
            "\\b(?:unspecified|other|whether|or|not|elsewhere|classified)\\b|[,()]");

    /** A manifestation stated with the condition ("lyme disease with chronic arthritis", "shingles now with PHN"). */
    private static final Pattern WITH = Pattern.compile("\\s+(?:now\\s+)?with\\s+");

    /** A code title for the other manifestations of its category's condition (A69.29, B02.8). */
    private static final Pattern OTHER_MANIFESTATIONS = Pattern.compile(
            "(?i)\\bother\\b.*\\b(?:conditions|complications|manifestations)\\b");

    /** Words of every infection's history code, naming no organism or disease. */
    private static final Pattern GENERIC = Pattern.compile("(?i)\\binfect(?:ions?|ious)\\b");

    private final TabularWalker walker;
    private final Coding coding;
    private final Classifiable classifiable;
    private final Vocabulary vocabulary;
    private final IcdCmRelease release;

    PastCondition(TabularWalker walker, Coding coding, Classifiable classifiable, Vocabulary vocabulary,
            IcdCmRelease release) {
        this.release = release;
        this.walker = walker;
        this.coding = coding;
        this.classifiable = classifiable;
        this.vocabulary = vocabulary;
    }

    /** The condition a personal-history clause names ("history of treated syphilis": "treated syphilis"), or null. */
    static String condition(String clause) {
        String c = HISTORY.matcher(clause.strip()).replaceFirst("");
        return c.equals(clause.strip()) || c.isBlank() ? null : c;
    }

    /**
     * The condition's words without the generic "infection(s)", "infectious": below Z86.1 only the organism or disease
     * the statement names chooses a subcategory (Z86.14 "... Methicillin resistant Staphylococcus aureus infection"
     * for MRSA, never for "H. pylori infection", which is Z86.19 "... other infectious and parasitic diseases";
     * I.A.11, I.C.21.c.4).
     */
    private static String named(String words) {
        return GENERIC.matcher(words).replaceAll(" ");
    }

    /** Whether the code is of a class whose history {@link #history} reads from Z86.1 or Z86.00- (A00-B99, D00-D09). */
    static boolean classified(String v) {
        return v.charAt(0) == 'A' || v.charAt(0) == 'B' || v.compareTo("D00") >= 0 && v.compareTo("D10") < 0;
    }

    /**
     * The code of the condition {@code words}, coded {@code whole}, when it is present: its words name a
     * manifestation after "with" that the classification combines with the condition in the condition's own
     * category, by the index ("lyme disease with chronic arthritis": Arthritis, due to or associated with, Lyme disease
     * A69.23, beside "lyme disease" A69.20: {@code whole}) or by the category's code for the condition's other
     * manifestations ("lyme disease with carditis": A69.29 "Other conditions associated with Lyme disease"; "zoster
     * with myelitis"-like statements: B02.8 "Zoster with other complications"), when the manifestation is a condition
     * of another chapter. A condition with a current manifestation still exists, so it is coded as the condition, not
     * as a personal history (I.C.21.c.4: history codes are for a past condition that no longer exists; I.A.15 "with").
     */
    Optional<EncodedCode> present(String words, EncodedCode whole, EncodeOptions options,
            Function<String, EncodeResult> encoder) {
        Matcher m = WITH.matcher(words);
        if (!m.find()) {
            return Optional.empty();
        }
        EncodedCode alone = encoder.apply(words.substring(0, m.start())).codes().stream().findFirst()
                .filter(h -> classified(h.code().value())).orElse(null);
        if (alone == null) {
            return Optional.empty();
        }
        String v = alone.code().value();
        if (!alone.code().equals(whole.code()) && whole.code().value().startsWith(v.substring(0, 3))) {
            return Optional.of(whole);
        }
        boolean manifestation = encoder.apply(words.substring(m.end())).codes().stream().findFirst()
                .map(c -> c.code().value()).filter(c -> c.charAt(0) != 'Z' && !classified(c)).isPresent();
        if (!manifestation || v.length() <= 3) {
            return Optional.empty();
        }
        return release.children(alone.code().parent()).stream()
                .filter(e -> !e.code().equals(alone.code()) && OTHER_MANIFESTATIONS.matcher(e.longTitle()).find())
                .findFirst()
                .flatMap(e -> walker.complete(e.code().value(), Statement.analyse(words, vocabulary), options, -1L)
                        .filter(w -> w.code().value().startsWith(e.code().value()))
                        .map(w -> coding.coded(w, "the condition coded " + alone.code().dotted() + " with a "
                                + "manifestation of another chapter: its category's code for other manifestations, "
                                + e.code().dotted() + " \"" + e.longTitle() + "\" (I.A.15, I.C.21.c.4)",
                                List.of("I.A.15", "I.C.21.c.4"))));
    }

    /**
     * The personal history code of the condition {@code words}, coded {@code condition} ({@code encoder} looks index
     * words up); empty when its class has none (see the class comment).
     */
    Optional<EncodedCode> history(String words, EncodedCode condition, EncodeOptions options,
            Function<String, EncodeResult> encoder) {
        String v = condition.code().value();
        String title = RESIDUAL.matcher(condition.title().toLowerCase(Locale.ROOT)).replaceAll(" ");
        String how = "the condition coded " + condition.code().dotted() + " (" + condition.trail().indexPath() + ")";
        if (classified(v)) {
            return classifiable.covering("Z86", "Z86", condition.code())
                    .flatMap(p -> walker.complete(p.code().value(), Statement.analyse(named(words), vocabulary),
                            options, -1L).map(w -> coding.coded(w, "History, personal (of): " + how + ", its inclusion"
                            + " term \"" + p.text() + "\" at " + p.code().dotted(), List.of("I.C.21.c.4", "I.A.11"))))
                    .filter(z -> z.code().value().startsWith("Z86"));
        }
        if (v.charAt(0) != 'D' || v.compareTo("D49") >= 0) {
            return Optional.empty();
        }
        String entry = v.compareTo("D37") < 0 ? "benign neoplasm" : "neoplasm of uncertain behavior";
        return encoder.apply("history of " + entry + " " + title).codes().stream().findFirst()
                .filter(z -> z.code().value().startsWith("Z86"))
                .map(z -> z.withStep("a history of " + how + ": History, personal, " + entry + " (I.C.21.c.4)",
                        List.of("I.C.21.c.4")));
    }
}
