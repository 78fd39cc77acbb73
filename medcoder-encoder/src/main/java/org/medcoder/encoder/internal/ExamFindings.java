package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;
import org.medcoder.encoder.OpenQuestion;

/**
 * A routine examination with a finding ("annual physical exam with finding of hyperlipidemia", "4 y/o well-child
 * visit, impacted cerumen right ear found"): the examination code "with abnormal findings" first (Z00.01,
 * Z00.121), then the finding's own code. Guideline I.C.21.c.12: a general medical examination with abnormal
 * findings is coded to the "with abnormal findings" code, and the condition discovered during it is coded as an
 * additional code. A finding written as normal ("no abnormal findings") leaves the statement to the index
 * ("Examination, child" Z00.129).
 */
final class ExamFindings {

    private static final Pattern EXAM = Pattern.compile("\\b(?:well[\\s-]*(?:child|baby|adult|woman)(?:\\s+(?:visit|"
            + "check|checkup|exam\\w*|care))?|annual\\s+(?:physical|exam\\w*|wellness|check\\w*)(?:\\s+exam\\w*)?"
            + "(?:\\s+visit)?|routine\\s+(?:adult\\s+|child\\s+)?(?:physical|medical|health)?\\s*(?:exam\\w*|check\\w*|"
            + "visit)|(?:adult\\s+)?physical\\s+exam\\w*|wellness\\s+(?:visit|exam\\w*)|check[\\s-]?up)\\b");
    private static final Pattern NORMAL = Pattern.compile("\\b(?:no|without)\\s+(?:abnormal\\s+)?findings?\\b"
            + "|\\bnormal\\b|\\bunremarkable\\b|\\bno\\s+(?:new\\s+)?(?:problems|concerns|complaints)\\b");
    private static final Pattern AGE = Pattern.compile("\\b\\d+[\\s-]*(?:y/?o|yo|yr|years?(?:[\\s-]*old)?|"
            + "months?(?:[\\s-]*old)?|mo|weeks?(?:[\\s-]*old)?)\\b|\\b\\d+\\s*[mf]\\b|\\b(?:pt|patient)\\b");
    private static final Pattern CONNECTORS = Pattern.compile("\\b(?:with|and|found\\s+to\\s+have|"
            + "(?:abnormal\\s+)?findings?(?:\\s+of)?|found|noted|newly|new|heard|incidental(?:ly)?|discovered|"
            + "detected|identified|on\\s+exam(?:ination)?)\\b");
    private static final Pattern SEPARATORS = Pattern.compile("^[\\s,;:.-]+|[\\s,;:.-]+$");

    private ExamFindings() {
    }

    /**
     * The codes of an examination statement with a finding, or null; {@code encoder} codes a part.
     */
    static EncodeResult encode(String statement, Function<String, EncodeResult> encoder) {
        String t = Lower.of(statement);
        if (!t.contains("exam") && !t.contains("well") && !t.contains("physical") && !t.contains("check")
                || NORMAL.matcher(t).find()) {
            return null;
        }
        Matcher exam = EXAM.matcher(t);
        if (!exam.find()) {
            return null;
        }
        String rest = finding(t, exam);
        if (rest.length() < 3) {
            return null;
        }
        EncodeResult visit = encoder.apply(exam.group() + " with abnormal findings");
        if (visit.codes().isEmpty() || !visit.codes().get(0).code().value().startsWith("Z00")
                || !visit.codes().get(0).title().contains("with abnormal findings")) {
            return null;
        }
        EncodeResult finding = encoder.apply(rest);
        if (finding.codes().isEmpty() || finding.codes().get(0).code().value().startsWith("Z00")) {
            return null;
        }
        return combined(statement, visit, finding);
    }

    /** The examination code first, the finding's codes after it (I.C.21.c.12). */
    private static EncodeResult combined(String statement, EncodeResult visit, EncodeResult finding) {
        List<EncodedCode> codes = new ArrayList<>();
        codes.add(visit.codes().get(0).withStep("sequence (I.C.21.c.12): general examination with abnormal findings "
                + "first, the finding after it", List.of("I.C.21.c.12")));
        finding.codes().forEach(c -> codes.add(c.withStep("sequence (I.C.21.c.12): condition discovered during the "
                + "examination, an additional code", List.of("I.C.21.c.12"))));
        List<OpenQuestion> qs = new ArrayList<>(visit.questions());
        qs.addAll(finding.questions());
        return new EncodeResult(statement, Coding.dedupe(codes), qs, List.of(), visit.release());
    }

    /** The statement without the examination words, the age and the connectors: the finding's own words. */
    private static String finding(String t, Matcher exam) {
        String rest = AGE.matcher(t.substring(0, exam.start()) + " , " + t.substring(exam.end())).replaceAll(" ");
        rest = SEPARATORS.matcher(CONNECTORS.matcher(rest).replaceAll(" ").replaceAll("\\s+", " ")).replaceAll("");
        return rest.replaceAll("^(?:[,;]\\s*)+|\\s*,\\s*(?=,)", "").strip();
    }
}
