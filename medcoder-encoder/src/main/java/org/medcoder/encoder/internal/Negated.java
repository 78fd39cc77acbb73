package org.medcoder.encoder.internal;

import java.util.List;

/**
 * Whether a phrase of the statement is stated or negated: "sepsis, no septic shock", "without septic shock",
 * "denies chest pain". A qualifier the provider rules out is not coded: the "with" of an index subterm and a
 * combination code need the condition present (Guidelines I.A.15, I.B.9), and a code for a documented absence
 * would report a condition the patient does not have (Section IV.H, I.B.4 code what is documented).
 */
final class Negated {

    /** Words that negate what follows them in the same clause. */
    private static final String[] NEGATORS = {"no", "not", "neither", "without", "w/o", "denies", "denied", "negative for",
        "free of", "absence of", "ruled out"};
    /** How far before the phrase (in characters, within its clause) a negator still reaches it. */
    private static final int REACH = 24;

    private Negated() {
    }

    /** Whether {@code phrase} occurs in {@code t} (lower case) at least once without a negator before it. */
    static boolean stated(String t, String phrase) {
        for (int at = t.indexOf(phrase); at >= 0; at = t.indexOf(phrase, at + 1)) {
            if (!negatedAt(t, at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a negator stands before position {@code at} in the same clause (commas and semicolons end it). */
    static boolean negatedAt(String t, int at) {
        int from = Math.max(0, at - REACH);
        for (int i = at - 1; i >= from; i--) {
            char c = t.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '.') {
                from = i + 1;
                break;
            }
        }
        String before = " " + t.substring(from, at);
        for (String n : NEGATORS) {
            int k = before.lastIndexOf(" " + n + " ");
            if (k >= 0 && !before.substring(k + n.length() + 1).contains(" with ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every word of a list item ({@code item}, stems) is one the statement ({@code statement}, stems) negates
     * and never states: "diaphoresis" and "or dyspnea" of "chest pain without radiation, diaphoresis, or dyspnea"
     * (the one reading of a negated list, {@link Words#carriesNegation}: "without A, B, or C" and "no A, B, nor C"
     * negate every item to the list's end). A condition documented as absent is not coded (I.B.4, IV.H).
     */
    static boolean listed(List<String> item, List<String> statement) {
        boolean any = false;
        for (String w : item) {
            String plain = w.startsWith("~") ? w.substring(1) : w;
            if (!statement.contains("~" + plain) || statement.contains(plain)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * Whether a connector word {@code w} ends a negation: "not in" keeps it ("COPD, not in exacerbation", "not in
     * remission": the state the index's "in" or "with" subterm names is negated, I.A.15).
     */
    static boolean endsScope(String w, String previous) {
        return !(w.equals("in") && previous.equals("not"));
    }
}
