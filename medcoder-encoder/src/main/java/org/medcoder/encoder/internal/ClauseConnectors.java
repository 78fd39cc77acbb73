package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a statement's clauses meet ({@link StatedConditions}): commas, semicolons, parentheses ("cellulitis (MRSA)")
 * and the connectors that open a clause stating a condition of its own ("with", "due to", "secondary to", "on",
 * "and" ...), with the blanks around them. ASCII text is scanned in one pass (hot path: the regex tried a dozen
 * alternatives at every position); other text goes to the regex, which stays the reference the tests compare the
 * scan with.
 */
final class ClauseConnectors {

    /** Connectors that open a clause stating a condition of its own. */
    static final Pattern CONNECTOR = Pattern.compile("\\s*(?:[,;()]|\\b(?:with|due to|secondary to|caused by"
            + "|superimposed on|on|in (?:a )?patient with|and|because of|from)\\b)\\s*");

    /** The connectors in the regex's order of alternatives ("in a patient with" before "in patient with"). */
    private static final String[] WORDS = {"with", "due to", "secondary to", "caused by", "superimposed on", "on",
        "in a patient with", "in patient with", "and", "because of", "from"};

    private ClauseConnectors() {
    }

    /** The connectors' spans {@code {start, end}} in order, exactly as successive {@code CONNECTOR.find()}. */
    static List<int[]> find(String t) {
        return ascii(t) ? scan(t) : byRegex(t);
    }

    /** The reference: the regex's matches. */
    static List<int[]> byRegex(String t) {
        List<int[]> out = new ArrayList<>();
        Matcher m = CONNECTOR.matcher(t);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static List<int[]> scan(String t) {
        List<int[]> out = new ArrayList<>(4);
        int n = t.length();
        int i = 0;
        while (i < n) {
            int end = matchAt(t, i);
            if (end < 0) {
                i++;
            } else {
                out.add(new int[] {i, end});
                i = end;
            }
        }
        return out;
    }

    /** The end of the connector match starting at {@code i}, or -1 (blanks, then a comma or a word, then blanks). */
    private static int matchAt(String t, int i) {
        int n = t.length();
        int j = blanks(t, i);
        if (j == n) {
            return -1;
        }
        char c = t.charAt(j);
        if (c == ',' || c == ';' || c == '(' || c == ')') {
            return blanks(t, j + 1);
        }
        if (j > 0 && word(t.charAt(j - 1))) {
            return -1; // no word boundary before the connector
        }
        for (String w : WORDS) {
            int e = j + w.length();
            if (t.startsWith(w, j) && (e == n || !word(t.charAt(e)))) {
                return blanks(t, e);
            }
        }
        return -1;
    }

    private static int blanks(String t, int i) {
        int k = i;
        while (k < t.length() && blank(t.charAt(k))) {
            k++;
        }
        return k;
    }

    /** {@code \s} of the regex: blank, tab, new line, vertical tab, form feed, carriage return. */
    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** A word character for {@code \b} on ASCII text: letter, digit, underscore. */
    private static boolean word(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private static boolean ascii(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
