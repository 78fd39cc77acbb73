package org.medcoder.coding.internal;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The billable code for a candidate that is a category or subcategory (a header, not billable): when the note also
 * supports a more specific code under it, that code (the note documents it; I.A.2 and I.B.1: code to the highest
 * specificity documented), so the two become one code with both pieces of evidence; otherwise the release's
 * default child ({@link Reportable}: the "unspecified" one).
 */
public final class HeaderChild {

    private HeaderChild() {
    }

    /**
     * The code to report for {@code p}.
     *
     * @param all the document's proposals (p among them)
     * @param release the billable code of a code, empty when none ({@link Reportable#of}, or memoised by
     *     {@link BillableCodes})
     * @return the billable code, or empty when the release has nothing at or above p's code
     */
    public static String of(Proposal p, List<Proposal> all, UnaryOperator<String> release) {
        String direct = reported(p, release);
        if (direct.isEmpty() || direct.equals(p.code)) {
            return direct;
        }
        Proposal best = null;
        for (Proposal q : all) {
            if (q != p && q.code.length() > p.code.length() && q.code.startsWith(p.code) && !reviewedOnly(q)
                    && (best == null || q.probability > best.probability) && reported(q, release).equals(q.code)) {
                best = q;
            }
        }
        return best == null ? direct : best.code;
    }

    /**
     * The billable code of a proposal's code: the one the re-ranker already read for its candidate
     * ({@link Candidate#reported}, from the same mapping), else looked up.
     */
    private static String reported(Proposal p, UnaryOperator<String> release) {
        Candidate c = p.candidate;
        return c != null && c.reported != null && c.code.equals(p.code) ? c.reported : release.apply(p.code);
    }

    /** Codes kept only for the coder's review (context rules) do not speak for a more specific code. */
    private static boolean reviewedOnly(Proposal q) {
        return q.guidelines.stream().anyMatch(g -> g.startsWith("not proposed"));
    }
}
