package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.core.IcdCmCode;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;

/**
 * A malignancy that is history: "history of basal cell carcinoma of skin", "kidney cancer excised 3 years ago, no
 * recurrence", "h/o prostate cancer, completed radiation, no evidence of disease". A primary malignancy excised or
 * eradicated from its site, with no further treatment directed to it and no evidence of it left, is coded to
 * category Z85 (I.C.2.d, I.C.21.c.4). The index lists only some sites under "History, personal, malignant neoplasm",
 * so the malignancy itself is coded (Neoplasm table, morphology) and the Z85 code whose inclusion term "Conditions
 * classifiable to ..." covers it is taken (I.A.11, {@link Classifiable}), then walked down in the Tabular List.
 * A statement with metastases is {@link PrimarySite}'s; a history the index already codes to a history code is left
 * as the index codes it.
 */
final class FormerPrimary {

    // The leading look-aheads name the first letters a match can start with (hot path: the search skips every other
    // position without the costly word-boundary check); they match exactly what the rest of each pattern matches.
    private static final Pattern MORPHOLOGY = Pattern.compile("(?=[camlnts])\\b(?:cancer|carcinoma|adenocarcinoma"
            + "|malignan\\w*|melanoma|lymphoma|leukemia|leukaemia|sarcoma|neoplasm|tumou?r|seminoma|myeloma)\\b");
    private static final Pattern HISTORY = Pattern.compile(
            "(?=[phf])(?:\\b(?:personal\\s+)?(?:history|hx|h/o)(?:\\s+of)?\\s+|\\b(?:prior|previous|former)\\s+)");
    /** Words saying the primary was taken away or treated to the end: the clause is cut there. */
    private static final GuardedPattern GONE = GuardedPattern.compile(
            "\\s*\\b(?:excised|resected|removed|eradicated|treated|"
            + "completed|cured|s/p|status\\s+post|\\w+ectomy)\\b.*$");
    private static final Pattern NO_EVIDENCE = Pattern.compile("(?=[ncd])(?:\\bno\\s+(?:evidence|residual|recurren\\w*"
            + "|current|active|further|sign|remaining)\\b|\\bned\\b|\\bcancer[\\s-]free\\b|\\bdisease[\\s-]free\\b)");
    /** An operation on a side or extent ("left radical nephrectomy"): the primary's site taken away. */
    private static final String OPERATION = "(?:(?:left|right|bilateral|partial|total|radical|simple)\\s+)*\\w+ectomy";
    /**
     * A clause saying only how the primary went ("resected", "completed radiation", "s/p lobectomy") or naming only
     * the operation ("orchiectomy"; not a condition named after one, "postmastectomy lymphedema").
     */
    private static final Pattern GONE_CLAUSE = Pattern.compile("^(?:excised|resected|removed|eradicated|treated|"
            + "completed|cured|s/p|status\\s+post)\\b|^" + OPERATION + "$");
    /** An operation named before the primary it removed ("nephrectomy for renal cell carcinoma"). */
    private static final Pattern OPERATION_FOR = Pattern.compile("^" + OPERATION + "\\s+for\\s+");
    private static final Pattern RESIDUAL = Pattern.compile("\\b(?:unspecified|other|whether|or)\\b");
    private static final Pattern CLAUSES = Pattern.compile("\\s*[;,]\\s*");
    private static final IcdCmCode UNSPECIFIED = IcdCmCode.parse("Z859");

    private final TabularWalker walker;
    private final Coding coding;
    private final Classifiable classifiable;
    private final Vocabulary vocabulary;

    FormerPrimary(TabularWalker walker, Coding coding, Classifiable classifiable, Vocabulary vocabulary) {
        this.walker = walker;
        this.coding = coding;
        this.classifiable = classifiable;
        this.vocabulary = vocabulary;
    }

    /**
     * The codes of a statement about a former malignancy, or null when it is none; {@code encoder} codes the
     * malignancy, {@code single} the whole statement by its index path.
     */
    EncodeResult encode(String statement, String t, EncodeOptions options, Function<String, EncodeResult> encoder,
            Function<String, EncodeResult> single) {
        if (t.contains("family") || t.contains("metasta") || t.contains("secondary") || !MORPHOLOGY.matcher(t).find()) {
            return null;
        }
        // "prior", "previous", "former" say history as "history of" does (I.C.21.c.4: a condition that no longer exists).
        boolean history = HISTORY.matcher(t).find();
        if (!history && !NO_EVIDENCE.matcher(t).find()) {
            return null;
        }
        String condition = condition(t);
        if (condition == null) {
            return null;
        }
        if (history) {
            // The index's own history path, when it reaches one, is the coder's first answer.
            EncodeResult indexed = single.apply(statement);
            if (!indexed.codes().isEmpty() && indexed.codes().get(0).code().value().startsWith("Z8")) {
                return indexed;
            }
        } else if (!GONE.find(t)) {
            return null;
        }
        return history(statement, condition, options, encoder);
    }

    /** The malignancy's words: the clause naming it, without history words and what follows a "gone" word. */
    private static String condition(String t) {
        String condition = null;
        for (String clause : CLAUSES.split(t)) {
            if (clause.isBlank() || NO_EVIDENCE.matcher(clause).find()) {
                continue;
            }
            if (condition == null && MORPHOLOGY.matcher(clause).find()) {
                String c = withoutGone(OPERATION_FOR.matcher(HISTORY.matcher(clause).replaceAll(" ").strip())
                        .replaceFirst("")).strip();
                condition = MORPHOLOGY.matcher(c).find() ? c : null;
            } else if (!GONE_CLAUSE.matcher(clause).find()) {
                // Another condition in the statement ("postmastectomy lymphedema, h/o breast cancer"): not only a
                // history, left to the clause rules (StatedClauses).
                return null;
            }
        }
        return condition;
    }

    /** The text cut where a {@link #GONE} word starts. */
    private static String withoutGone(String t) {
        return GONE.replaceAll(t, "");
    }

    /** The Z85 code whose inclusion term covers the malignancy's own code (I.C.2.d, I.A.11). */
    private EncodeResult history(String statement, String condition, EncodeOptions options,
            Function<String, EncodeResult> encoder) {
        EncodeResult malignancy = encoder.apply(condition);
        if (malignancy.codes().isEmpty() || !primaryMalignancy(malignancy.codes().get(0).code().value())) {
            return null;
        }
        EncodedCode c = malignancy.codes().get(0);
        Optional<Classifiable.Pointer> target = classifiable.target(UNSPECIFIED, c.code());
        // The header's children are chosen by the malignancy's words and its code's title ("testicular seminoma":
        // C62.90 "... of unspecified testis ..." -> Z85.47 "... of testis"), less the title's residual words.
        String words = condition + " " + RESIDUAL.matcher(c.title().toLowerCase(java.util.Locale.ROOT)).replaceAll(" ");
        Optional<TabularWalker.Result> down = target.flatMap(p -> walker.complete(p.code().value(),
                Statement.analyse(words, vocabulary), options, -1L));
        if (down.isEmpty() || !down.get().code().value().startsWith("Z85")) {
            return null;
        }
        EncodedCode z85 = coding.coded(down.get(), "History, personal (of), malignant neoplasm (of): the malignancy "
                + "coded " + c.code().dotted() + " (" + c.trail().indexPath() + "), its inclusion term \""
                + target.get().text() + "\" at " + target.get().code().dotted(), List.of("I.C.2.d", "I.C.21.c.4",
                "I.A.11"));
        List<EncodedCode> codes = new ArrayList<>(List.of(z85));
        return new EncodeResult(statement, codes, malignancy.questions(), List.of(), malignancy.release());
    }

    /** A malignant primary (C00-C76, C7A, C80-C96); C77-C79 and C7B are secondary. */
    private static boolean primaryMalignancy(String v) {
        return v.startsWith("C") && (v.compareTo("C77") < 0 || v.compareTo("C7A") >= 0 && !v.startsWith("C7B"));
    }
}
