package org.medcoder.coding.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One chronic kidney disease code per document, at the stage the note documents (I.A.2 level of detail,
 * I.C.14.a.1): "CKD stage 3b" is N18.32 and neither N18.9 nor another stage; mild, moderate and severe CKD are
 * stages 2, 3 and 4; when ESRD and a stage are both documented, N18.6 only; when no stage is written, N18.9. Word matching cannot tell "stage 3" from
 * "stage 4" (the number is not a word of the Index term), so the dictionary proposes every N18 sibling; this
 * rule reads the stage from the text and keeps one.
 */
public final class CkdStages {

    private static final String KIDNEY = "(?:ckd|chronic kidney disease|chronic kidney failure|chronic renal (?:disease|failure"
            + "|insufficiency)|kidney disease|renal disease|renal insufficiency|renal failure)";
    private static final String STAGE = "(?:stage|grade)\\s*[:\\-]?\\s*(iv|v|i{1,3}|[1-5])\\s*([ab])?\\b";
    /** "CKD stage 3b", "chronic kidney disease, stage IV (severe)". */
    private static final Pattern AFTER = Pattern.compile("\\b" + KIDNEY + "\\b[^.;\\n]{0,30}?\\b" + STAGE, Pattern.CASE_INSENSITIVE);
    /** "stage 4 chronic kidney disease", "stage IIIa CKD". */
    private static final Pattern BEFORE = Pattern.compile("\\b" + STAGE + "\\s*(?:chronic\\s+)?" + KIDNEY + "\\b",
            Pattern.CASE_INSENSITIVE);
    /** "CKD 4", "CKD3b", "CKD-5". */
    private static final Pattern SHORT = Pattern.compile("\\bckd\\s*-?\\s*([1-5])\\s*([ab])?\\b", Pattern.CASE_INSENSITIVE);
    /** Severity words the guideline equates with stages (I.C.14.a.1): mild 2, moderate 3, severe 4. */
    private static final Pattern SEVERITY = Pattern.compile("\\b(mild|moderate|severe)\\s+(?:ckd|chronic kidney disease)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ESRD = Pattern.compile("\\b(?:end[- ]stage (?:renal|kidney) (?:disease|failure)|esrd|eskd)\\b",
            Pattern.CASE_INSENSITIVE);

    private CkdStages() {
    }

    /**
     * The N18 code of the most advanced stage the text documents (N18.1 … N18.6, N18.30/31/32 for stage 3, 3a, 3b),
     * or empty when it documents none.
     */
    static Optional<String> documented(String text) {
        String best = "";
        for (Pattern p : List.of(AFTER, BEFORE, SHORT)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                best = higher(best, code(m.group(1), m.group(2)));
            }
        }
        Matcher severity = SEVERITY.matcher(text);
        while (severity.find()) {
            String w = severity.group(1).toLowerCase(Locale.ROOT);
            best = higher(best, w.equals("mild") ? "N182" : w.equals("moderate") ? "N1830" : "N184");
        }
        if (ESRD.matcher(text).find()) {
            best = "N186";
        }
        return best.isEmpty() ? Optional.empty() : Optional.of(best);
    }

    private static String code(String stage, String sub) {
        String s = stage.toLowerCase(Locale.ROOT);
        int n = switch (s) {
            case "i" -> 1;
            case "ii" -> 2;
            case "iii" -> 3;
            case "iv" -> 4;
            case "v" -> 5;
            default -> Integer.parseInt(s);
        };
        if (n != 3) {
            return "N18" + n;
        }
        return sub == null ? "N1830" : sub.equalsIgnoreCase("a") ? "N1831" : "N1832";
    }

    /** The more advanced of two N18 codes: their order as codes is the order of the stages (N18.6 is ESRD). */
    private static String higher(String a, String b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * Keeps one N18 code among the proposals: the documented stage (else N18.9, unspecified), carried by the most
     * confident N18 proposal; the other N18 codes are reported as not coded.
     */
    public static void apply(List<Proposal> proposals, String text, BiConsumer<Proposal, String> decide) {
        List<Proposal> ckd = new ArrayList<>();
        for (Proposal p : proposals) {
            if (p.code.startsWith("N18")) {
                ckd.add(p);
            }
        }
        if (ckd.isEmpty()) {
            return;
        }
        Optional<String> stage = documented(text);
        String target = stage.orElse("N189");
        Proposal keep = ckd.stream().filter(p -> p.code.equals(target)).findFirst()
                .orElse(ckd.stream().max((x, y) -> Double.compare(x.probability, y.probability)).orElseThrow());
        String why = stage.isPresent() ? "the note documents " + GuidelineRules.dotted(target) : "the note documents no stage";
        for (Proposal p : ckd) {
            keep.probability = Math.max(keep.probability, p.probability);
        }
        List<String> dropped = new ArrayList<>();
        Proposal first = null;
        Iterator<Proposal> it = proposals.iterator();
        while (it.hasNext()) {
            Proposal p = it.next();
            if (p != keep && p.code.startsWith("N18")) {
                dropped.add(GuidelineRules.dotted(p.code));
                first = first == null ? p : first;
                it.remove();
            }
        }
        if (first != null) {
            // One decision for the siblings: they are one finding read at the wrong level of detail.
            decide.accept(first, "chronic kidney disease stage: " + why + ": " + String.join(", ", dropped)
                    + " not coded (I.C.14.a.1)");
        }
        if (!keep.code.equals(target)) {
            keep.derivedFrom = keep.derivedFrom.isEmpty() ? keep.code : keep.derivedFrom;
            keep.code = target;
            keep.guidelines.add("I.C.14.a.1 chronic kidney disease at the stage documented (" + why + ")"
                    + (target.equals("N186") ? "; ESRD with a stage: N18.6 only" : ""));
        }
    }
}
