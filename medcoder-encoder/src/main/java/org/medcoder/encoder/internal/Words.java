package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns text (a diagnostic statement, an index term, a tabular title) into comparable word stems. The same chain
 * runs on both sides, so "diabetic" in a statement meets "Diabetes" in the index and "hypertensive" meets
 * "Hypertension". Words after "without", "no" or "not" become negated stems ({@code ~coma}) so that
 * "without coma" never matches the index subterm "with coma".
 *
 * <p>Design: a light suffix stemmer (not Porter: it must be predictable for medical words), connector words
 * ("with", "in", "due to", Guideline I.A.15) dropped because the index expresses them as structure, and
 * nonessential text such as "NEC"/"NOS" (I.A.9) dropped because it never decides between subterms.
 */
public final class Words {

    /** Words that carry no meaning for matching: connectors (I.A.15), articles, NEC/NOS (I.A.9). */
    static final Set<String> STOP = Set.of("a", "an", "the", "of", "and", "or", "to", "in", "with", "due", "by", "for",
            "from", "on", "at", "as", "is", "are", "was", "nec", "nos", "that", "which", "this", "into", "than",
            "elsewhere", "classified", "unspecified", "s", "patient", "pt", "diagnosis", "dx", "also", "being", "both");

    private static final Set<String> NEGATORS = Set.of("without", "no", "not", "non", "w/o");
    private static final Set<String> NEGATION_END = Set.of("with", "and", "but", "due", "in", "to");
    private static final Pattern SPLIT = Pattern.compile("[^a-z0-9~]+");
    private static final Pattern APOSTROPHE_S = Pattern.compile("['’]s\\b");
    private static final Pattern ROMAN = Pattern.compile("\\b(type|stage|grade|class|degree)\\s+(iv|iii|ii|i|v)\\b");
    private static final String[][] SUFFIXES = {
        {"ations", ""}, {"ation", ""}, {"ically", ""}, {"ical", ""}, {"ities", ""}, {"ity", ""}, {"ives", ""},
        {"ive", ""}, {"ions", ""}, {"ion", ""}, {"ics", ""}, {"ic", ""}, {"ies", "y"}, {"ing", ""}, {"ed", ""},
        {"es", ""}, {"s", ""},
    };

    private Words() {
    }

    /** The stems of the text, negated ones prefixed with {@code ~}, in order; stopwords removed. */
    public static List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        boolean negated = false;
        int negatedCount = 0;
        for (String clause : clauses(prepare(text))) {
            negated = false;
            for (String w : SPLIT.split(clause)) {
                if (w.isEmpty()) {
                    continue;
                }
                if (NEGATORS.contains(w)) {
                    negated = true;
                    negatedCount = 0;
                    continue;
                }
                if (negated && (NEGATION_END.contains(w) || negatedCount >= 4)) {
                    negated = false;
                }
                if (STOP.contains(w) || (w.length() == 1 && !Character.isDigit(w.charAt(0)))) {
                    continue;
                }
                String s = stem(w);
                out.add(negated ? "~" + s : s);
                if (negated) {
                    negatedCount++;
                }
                if (w.length() == 2 && Character.isDigit(w.charAt(0)) && Character.isLetter(w.charAt(1))) {
                    // "3a" also means stage 3 for index terms written before the split (N18.3 -> N18.31/N18.32).
                    out.add(w.substring(0, 1));
                }
            }
        }
        return out;
    }

    /** Lower case, possessives removed, roman numerals after type/stage made digits. */
    static String prepare(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        t = APOSTROPHE_S.matcher(t).replaceAll("");
        Matcher m = ROMAN.matcher(t);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, m.group(1) + " " + roman(m.group(2)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String roman(String r) {
        return switch (r) {
            case "i" -> "1";
            case "ii" -> "2";
            case "iii" -> "3";
            case "iv" -> "4";
            default -> "5";
        };
    }

    /** Clauses end negation scope: commas, semicolons, periods. */
    private static String[] clauses(String t) {
        return t.split("[,;.:()\\[\\]]");
    }

    /** The stem of one lower-case word. */
    public static String stem(String w) {
        if (w.length() <= 4 || !Character.isLetter(w.charAt(w.length() - 1))) {
            return w;
        }
        String s = w;
        for (String[] suf : SUFFIXES) {
            if (s.endsWith(suf[0]) && s.length() - suf[0].length() >= 4) {
                s = s.substring(0, s.length() - suf[0].length()) + suf[1];
                break;
            }
        }
        if (s.length() > 4 && s.endsWith("e")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
