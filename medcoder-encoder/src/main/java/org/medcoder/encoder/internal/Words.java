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

    private static final Set<String> LETTER_TAKERS = Set.of("vitamin", "hepatitis", "type", "influenza", "factor",
            "group", "class", "stage", "grade");
    private static final Set<String> NEGATORS = Set.of("without", "no", "not", "non", "w/o");
    private static final Set<String> NEGATION_END = Set.of("with", "and", "but", "due", "in", "to");
    private static final Pattern SPLIT = Pattern.compile("[^a-z0-9]+");
    private static final Pattern APOSTROPHE_S = Pattern.compile("['’]s\\b");
    private static final Pattern ROMAN = Pattern.compile("\\b(type|stage|grade|class|degree)\\s+(iv|iii|ii|i|v)\\b");
    private static final String[][] SUFFIXES = {
        {"ations", ""}, {"ation", ""}, {"ically", ""}, {"ical", ""}, {"ities", ""}, {"ity", ""}, {"ives", ""},
        {"ive", ""}, {"ions", ""}, {"ion", ""}, {"ics", ""}, {"ic", ""}, {"ies", "y"}, {"ing", ""}, {"ed", ""},
        {"al", ""}, {"es", ""}, {"s", ""},
    };

    private Words() {
    }

    /** The stems of the text, negated ones prefixed with {@code ~}, in order; stopwords removed. */
    public static List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        for (String clause : clauses(prepare(text))) {
            int negatedLeft = 0;
            int negatedSoFar = 0;
            String previous = "";
            for (String w : SPLIT.split(clause)) {
                if (w.isEmpty()) {
                    continue;
                }
                if (NEGATORS.contains(w)) {
                    // "non-ST elevation": one word; "without loss of consciousness": two words (or more with "or").
                    negatedLeft = w.equals("non") ? 1 : 3;
                    negatedSoFar = 0;
                    previous = w;
                    continue;
                }
                if (NEGATION_END.contains(w) || w.equals("of") && negatedSoFar >= 2) {
                    // "without foreign body of scalp" ends at "of"; "without loss of consciousness" does not.
                    negatedLeft = 0;
                }
                if (w.equals("or") && negatedLeft > 0) {
                    negatedLeft++;
                }
                if (isStop(w, previous)) {
                    previous = w;
                    continue;
                }
                previous = w;
                String s = stem(w);
                out.add(negatedLeft > 0 ? "~" + s : s);
                negatedSoFar += negatedLeft > 0 ? 1 : 0;
                negatedLeft = Math.max(0, negatedLeft - 1);
                if (w.length() == 2 && Character.isDigit(w.charAt(0)) && Character.isLetter(w.charAt(1))) {
                    // "3a" also means stage 3 for index terms written before the split (N18.3 -> N18.31/N18.32).
                    out.add(w.substring(0, 1));
                }
            }
        }
        return out;
    }

    /** Stopwords; a single letter counts only after words that take one ("vitamin D", "hepatitis A", "type A"). */
    private static boolean isStop(String w, String previous) {
        if (STOP.contains(w)) {
            return !(w.equals("a") && LETTER_TAKERS.contains(previous));
        }
        return false;
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

    /**
     * British spellings found in notes written the American way the classification uses ("haemophilus",
     * "anaemia", "oesophagitis", "diarrhoea", "tumour"); applied to both sides, so it only ever joins variants. A
     * final "ae" is a Latin plural or genitive ("influenzae", "vertebrae") and is kept.
     */
    static String american(String w) {
        if (w.length() <= 4) {
            return w;
        }
        String s = w;
        int ae = s.indexOf("ae");
        if (ae >= 0 && ae < s.length() - 2) {
            s = s.substring(0, s.length() - 2).replace("ae", "e") + s.substring(s.length() - 2);
        }
        if (s.startsWith("oe")) {
            s = s.substring(1);
        }
        if (s.contains("oea")) {
            s = s.replace("hoea", "hea").replace("noea", "nea");
        }
        if (s.startsWith("coeli") || s.startsWith("foet")) {
            s = s.charAt(0) + s.substring(2);
        }
        if (s.endsWith("our") || s.endsWith("ours")) {
            int at = s.lastIndexOf("our");
            s = s.substring(0, at) + "or" + s.substring(at + 3);
        }
        if (s.startsWith("sulph")) {
            s = "sulf" + s.substring(5);
        }
        return s;
    }

    /** Clauses end negation scope: commas, semicolons, periods. */
    private static String[] clauses(String t) {
        return t.split("[,;.:()\\[\\]]");
    }

    /**
     * Words the classification writes one way and notes another with the same meaning, mapped to one form on both
     * sides (index, tabular and statement), so that the mapping can never separate two index entries.
     */
    private static final java.util.Map<String, String> CANONICAL = java.util.Map.of(
            "medication", "medicament", "medications", "medicament", "medicine", "medicament",
            "medicines", "medicament", "medicaments", "medicament");

    /** The stem of one lower-case word. */
    public static String stem(String word) {
        String w = american(word);
        String canonical = CANONICAL.get(w);
        if (canonical != null) {
            w = canonical;
        }
        if (w.length() <= 4 || !Character.isLetter(w.charAt(w.length() - 1)) || w.endsWith("ae")) {
            return w;
        }
        String s = w;
        for (String[] suf : SUFFIXES) {
            int min = suf[0].equals("ies") ? 5 : 4;
            if (s.endsWith(suf[0]) && s.length() - suf[0].length() >= min) {
                s = s.substring(0, s.length() - suf[0].length()) + suf[1];
                break;
            }
        }
        char last = s.charAt(s.length() - 1);
        if (s.length() > 4 && (last == 'e' || last == 'a' || last == 'y')) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
