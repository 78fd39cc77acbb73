package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the diagnoses a statement qualifies as uncertain ("probable", "suspected", "likely", "questionable",
 * "possible", "rule out", "still to be ruled out", "compatible with", "consistent with", "working diagnosis" and
 * similar terms: Official Guidelines FY2026 Sections II.H, III.C and IV.H) and the rest of the statement, which
 * is certain: the signs, symptoms or established conditions documented with it.
 *
 * <p>Design: the statement is read clause by clause (commas, semicolons, colons). In a clause with a qualifier the
 * words after it are the uncertain diagnosis and the words before it (connectors such as "with", "due to" dropped)
 * are certain ("fever due to suspected pneumonia"); a qualifier that ends its clause qualifies the words before it,
 * or the clause before ("pneumonia, probable"). "Ruled out" alone is not a qualifier: a condition ruled out is
 * absent, not uncertain.
 */
final class Uncertainty {

    /** The parts of a statement: uncertain diagnoses, certain clauses, and the qualifiers found (lower case). */
    record Split(List<String> uncertain, List<String> certain, List<String> qualifiers) {
    }

    private static final Pattern QUALIFIER = Pattern.compile("(?<![a-z0-9])(probable|probably|suspected|suspect"
            + "|suspicion of|suspicious for|suspicious of|questionable|likely|possible|possibly|presumed|presumptive"
            + "|(?:still )?to be ruled out|rule[- ]out|r/o|compatible with|consistent with|working diagnosis(?: of)?"
            + "|differential diagnosis(?: of)?)(?![a-z0-9])");
    private static final Pattern TRAILING = Pattern.compile("(?:\\s+|^)(?:with|and|or|due to|secondary to|because of"
            + "|caused by|from|of|for|in)\\s*$");
    private static final Pattern MALTREATMENT = Pattern.compile(
            "\\b(?:(?:child|adult|elder|physical|sexual|psychological|emotional)\\s+(?:[a-z]+\\s+)?abuse|neglect"
                    + "|maltreatment|abandonment|exploitation)\\b");
    private static final Pattern LEADING = Pattern.compile("^\\s*(?:of|for|is|as)\\s+");

    private Uncertainty() {
    }

    /** The statement split, or null when it qualifies nothing as uncertain. */
    static Split of(String statement) {
        String t = Lower.of(statement);
        if (!mayQualify(t) || !QUALIFIER.matcher(t).find()) {
            return null;
        }
        List<String> uncertain = new ArrayList<>();
        List<String> certain = new ArrayList<>();
        List<String> qualifiers = new ArrayList<>();
        for (String clause : t.split("[,;:]")) {
            Matcher m = QUALIFIER.matcher(clause);
            // Suspected abuse of a person, neglect or maltreatment has codes of its own (T76.-, Index: Maltreatment, ...,
            // suspected): the classification codes the suspicion itself, so IV.H does not apply (I.C.19.f).
            if (!m.find() || m.group(1).startsWith("suspect") && MALTREATMENT.matcher(clause).find()) {
                add(certain, clause);
                continue;
            }
            qualifiers.add(m.group(1));
            String before = strip(clause.substring(0, m.start()), TRAILING);
            String after = strip(QUALIFIER.matcher(clause.substring(m.end())).replaceAll(" "), LEADING);
            if (!after.isEmpty()) {
                add(uncertain, after);
                add(certain, before);
            } else if (!before.isEmpty()) {
                add(uncertain, before);
            } else if (!certain.isEmpty()) {
                uncertain.add(certain.remove(certain.size() - 1));
            }
        }
        return uncertain.isEmpty() ? null : new Split(uncertain, certain, qualifiers);
    }

    /** Literal text every qualifier contains: the regex runs only when one is there (every statement passes here). */
    private static final String[] KEYS = {"probabl", "suspect", "suspicio", "questionable", "likely", "possibl",
        "presum", "ruled out", "rule out", "rule-out", "r/o", "compatible with", "consistent with", "working diagnosis",
        "differential diagnosis"};

    private static boolean mayQualify(String t) {
        for (String k : KEYS) {
            if (t.contains(k)) {
                return true;
            }
        }
        return false;
    }

    private static String strip(String text, Pattern connector) {
        String s = text.strip();
        for (String previous = null; !s.equals(previous); ) {
            previous = s;
            s = connector.matcher(s).replaceAll("").strip();
        }
        return s;
    }

    private static void add(List<String> to, String clause) {
        String c = clause.strip();
        if (!c.isEmpty()) {
            to.add(c);
        }
    }
}
