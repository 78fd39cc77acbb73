package org.medcoder.encoder.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The tie-break between two subterms that account for the same words: the one the statement writes as the index
 * does. Stemming lets "aortic" meet both "Stenosis, aorta" (Q25.1, congenital) and "Stenosis, aortic" (I35.0);
 * a coder reading "aortic stenosis" takes the entry worded "aortic" (I.A, the Alphabetic Index's own wording).
 * Before that, for a newborn, the index's newborn subterm over its sibling (I.C.16.a.5).
 */
final class LiteralTie {

    /** What separates a title's words (compiled once: String.split compiles a class like this on every call). */
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    private LiteralTie() {
    }

    /** Whether the subterm {@code r} takes below {@code at} uses more of the statement's words as written. */
    static boolean prefers(Navigator.Walk r, Navigator.Walk than, Navigator.Step at, Statement s) {
        Node a = below(r, at);
        Node b = below(than, at);
        if (a == null || b == null || a == b) {
            return false;
        }
        boolean newbornA = newborn(a);
        if (newbornA != newborn(b) && names(s, NEWBORN) && !newbornBelow(newbornA ? than : r, at)) {
            // A newborn's condition the index gives both a newborn subterm and another one for ("neonatal oral
            // thrush": "Thrush, newborn" P37.5 beside "Thrush, oral" B37.0) is the chapter 16 condition: the
            // default for a newborn is the perinatal code (I.C.16.a.5), which may be used for life (I.C.16.a.4).
            // Not when the other path reaches a newborn subterm further down ("Pneumonia, aspiration, newborn"
            // P24.81 beside "Pneumonia, neonatal, aspiration - see Aspiration"): both are the newborn's.
            return newbornA;
        }
        return literal(a, s.expanded) > literal(b, s.expanded);
    }

    /** The stem under which the index's newborn, neonatal and perinatal subterms are read (see {@link Stems}). */
    private static final String NEWBORN = Stems.of("newborn");

    /** Whether the term's own title (nonessential modifiers aside) opens with the newborn word. */
    private static boolean newborn(Node n) {
        String[] words = NOT_WORD.split(n.term.title().toLowerCase(Locale.ROOT));
        for (String w : words) {
            if (!w.isEmpty()) {
                return Stems.of(w).equals(NEWBORN);
            }
        }
        return false;
    }

    /** Whether the walk goes through a newborn term below {@code at}. */
    private static boolean newbornBelow(Navigator.Walk w, Navigator.Step at) {
        for (Navigator.Step st = w.last(); st != null && st != at; st = st.previous()) {
            if (newborn(st.node())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of the statement has the stem. */
    private static boolean names(Statement s, String stem) {
        for (String st : s.stems) {
            if (stem.equals(st)) {
                return true;
            }
        }
        return false;
    }

    /** The term of the walk right below {@code at}, or null. */
    private static Node below(Navigator.Walk w, Navigator.Step at) {
        for (Navigator.Step st = w.last(); st != null; st = st.previous()) {
            if (st.previous() == at) {
                return st.node();
            }
        }
        return null;
    }

    /** How many words of the term's title (without its nonessential modifiers) the text has as written. */
    private static int literal(Node n, String text) {
        int count = 0;
        for (String w : NOT_WORD.split(n.term.title().toLowerCase(Locale.ROOT))) {
            if (w.length() >= 3 && wholeWord(text, w)) {
                count++;
            }
        }
        return count;
    }

    private static boolean wholeWord(String text, String w) {
        for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
            boolean start = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            int end = i + w.length();
            if (start && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }
}
