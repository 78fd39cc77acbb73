package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
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
            "elsewhere", "classified", "unspecified", "only", "s", "patient", "pt", "diagnosis", "dx", "also", "being", "both");

    private static final Set<String> LETTER_TAKERS = Set.of("vitamin", "hepatitis", "type", "influenza", "factor",
            "group", "class", "stage", "grade");
    static final Set<String> NEGATORS = Set.of("without", "no", "not", "non", "w/o", "denies", "neither");
    static final Set<String> NEGATION_END = Set.of("with", "and", "but", "due", "in", "to");
    /** Characters that end a clause, and with it a negation scope: commas, semicolons, periods, brackets. */
    private static final String CLAUSE = ",;.:()[]";
    private static final Pattern APOSTROPHE_S = Pattern.compile("['’]s\\b");
    private static final Pattern ROMAN = Pattern.compile("\\b(type|stage|grade|class|degree)\\s+(iv|iii|ii|i|v)([abc]?)\\b");

    private Words() {
    }

    /** The stems of the text, negated ones prefixed with {@code ~}, in order; stopwords removed. */
    public static List<String> stems(String text) {
        String t = prepare(text);
        List<String> out = new ArrayList<>();
        Scope scope = new Scope();
        int n = t.length();
        int start = -1;
        int hash = 0;
        // One pass over the prepared text (hot path, no regex): clause characters end the negation scope, every
        // run of [a-z0-9] is a word, anything else separates words (same as splitting on clause, then non-word, characters).
        // A word's token is found by its characters and their String.hashCode, computed on the way (WordTokens).
        for (int i = 0; i <= n; i++) {
            char c = i < n ? t.charAt(i) : ',';
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                hash = start < 0 ? c : 31 * hash + c;
                start = start < 0 ? i : start;
                continue;
            }
            if (start >= 0) {
                word(WordTokens.at(t, start, i, hash), scope, out);
                start = -1;
            }
            if (CLAUSE.indexOf(c) >= 0 && !carriesNegation(t, i, scope)) {
                scope = new Scope();
            }
        }
        return out;
    }

    /**
     * Whether the clause character at {@code at} keeps a negation going: a nonessential modifier in parentheses
     * inside it ("without (acute) exacerbation", the index's own way of writing G70.00), or a comma in a list of
     * negated conditions ("without perforation, abscess or bleeding": K57.30, every item is negated). A list
     * continues when the next clause has "or"/"and"/"nor" and at most five words, or is a short item followed by
     * such a clause (the serial comma: "without perforation, abscess, or bleeding"). A negated qualifier is not a
     * positive one: the "with" subterm must not be selected by it (I.A.15 "with" needs the condition present).
     */
    static boolean carriesNegation(String t, int at, Scope sc) {
        if (at >= t.length() || !sc.lastNegated) {
            return false;
        }
        char c = t.charAt(at);
        if (c == '(' || c == ')') {
            return sc.negatedLeft > 0;
        }
        if (c != ',') {
            return false;
        }
        // "without perforation, abscess, or bleeding": short items (at most three words each) may stand between
        // commas before the clause with the conjunction (the serial comma), up to four of them.
        for (int from = at, hops = 0; hops < 4; hops++) {
            int end = from + 1;
            while (end < t.length() && CLAUSE.indexOf(t.charAt(end)) < 0) {
                end++;
            }
            String next = t.substring(from + 1, end).strip();
            String[] ws = next.split("[^a-z0-9]+");
            if (ws.length == 0 || ws.length > 5 || NEGATORS.contains(ws[0]) || next.contains("with")) {
                return false;
            }
            for (int k = 0; k < ws.length - 1; k++) {
                // "or"/"nor" may open the last item; "and" only inside it and without a serial hop, because a
                // problem list goes on with "and" ("DM without complications, HTN, and HLD": HTN is stated).
                boolean or = ws[k].equals("or") || ws[k].equals("nor");
                if (or || ws[k].equals("and") && k > 0 && hops == 0) {
                    sc.negatedLeft = 3;
                    return true;
                }
            }
            if (ws.length > 3 || end >= t.length() || t.charAt(end) != ',') {
                return false;
            }
            from = end;
        }
        return false;
    }

    /** Negation state within one clause. */
    static final class Scope {
        int negatedLeft;
        int negatedSoFar;
        /** Whether the last word kept was negated (a list or a parenthesis may carry it on). */
        boolean lastNegated;
        String previous = "";
    }

    /** One word of a clause: negation scope, stopwords, stem (also the oracle's step in the tests). */
    static void word(String w, Scope sc, List<String> out) {
        word(WordTokens.Token.of(w), sc, out);
    }

    private static void word(WordTokens.Token token, Scope sc, List<String> out) {
        String w = token.word;
        if (token.negator) {
            // "non-ST elevation": one word; "without loss of consciousness": two words (or more with "or").
            sc.negatedLeft = w.equals("non") ? 1 : 3;
            sc.negatedSoFar = 0;
            sc.previous = w;
            sc.lastNegated = true;
            return;
        }
        if (token.negationEnd && Negated.endsScope(w, sc.previous) || w.equals("of") && sc.negatedSoFar >= 2) {
            // "without foreign body of scalp" ends at "of"; "without loss of consciousness" does not.
            sc.negatedLeft = 0;
        }
        if (w.equals("or") && sc.negatedLeft > 0) {
            sc.negatedLeft++;
        }
        // Stopwords; a single letter counts only after words that take one ("vitamin D", "hepatitis A", "type A").
        if (token.stop && !(w.equals("a") && LETTER_TAKERS.contains(sc.previous))) {
            sc.previous = w;
            return;
        }
        sc.previous = w;
        out.add(sc.negatedLeft > 0 ? token.negatedStem : token.stem);
        sc.lastNegated = sc.negatedLeft > 0;
        sc.negatedSoFar += sc.negatedLeft > 0 ? 1 : 0;
        sc.negatedLeft = Math.max(0, sc.negatedLeft - 1);
        if (token.digit != null) {
            // "3a" also means stage 3 for index terms written before the split (N18.3 -> N18.31/N18.32).
            out.add(token.digit);
        }
    }

    /** Lower case, possessives removed, roman numerals after type/stage made digits. */
    static String prepare(String text) {
        String t = Lower.of(text);
        return isAscii(t) ? romanAscii(possessiveAscii(trimesters(joinPrefixes(t)))) : prepareByRegex(t);
    }

    /**
     * Prefixes written with or without a hyphen ("pre-eclampsia" in the index, "preeclampsia" in notes;
     * "post-traumatic", "posttraumatic") joined to their word, on both sides, so that both spellings meet.
     */
    static String joinPrefixes(String t) {
        if (t.indexOf('-') < 0) {
            return t;
        }
        StringBuilder sb = null;
        int copied = 0;
        for (int at = t.indexOf('-'); at > 0; at = t.indexOf('-', at + 1)) {
            for (String p : HYPHEN_PREFIXES) {
                int start = at - p.length();
                if (start >= 0 && t.startsWith(p, start) && !isWordChar(t, start - 1) && isLetter(t, at + 1)) {
                    sb = sb == null ? new StringBuilder(t.length()) : sb;
                    sb.append(t, copied, at);
                    copied = at + 1;
                    break;
                }
            }
        }
        return sb == null ? t : sb.append(t, copied, t.length()).toString();
    }

    /**
     * "first trimester" as one word ({@code trimester1}), on both sides: the trimester is an axis of chapter 15
     * (Guideline I.C.15.a.3), and in "supervision of normal first pregnancy, first trimester" the word "first"
     * alone is shared by every child of Z34.0 and could not decide between them.
     */
    static String trimesters(String t) {
        if (!t.contains("trimester")) {
            return t;
        }
        for (String[] r : TRIMESTERS) {
            t = t.replace(r[0], r[1]);
        }
        return t;
    }

    private static final String[][] TRIMESTERS = {{"first trimester", "trimester1"}, {"1st trimester", "trimester1"},
        {"second trimester", "trimester2"}, {"2nd trimester", "trimester2"}, {"third trimester", "trimester3"},
        {"3rd trimester", "trimester3"}};

    private static boolean isLetter(String t, int i) {
        return i < t.length() && t.charAt(i) >= 'a' && t.charAt(i) <= 'z';
    }

    private static final String[] HYPHEN_PREFIXES = {"pre", "post", "anti", "intra", "peri", "hyper", "hypo",
        "poly", "multi"};

    /** The reference implementation (any text); {@link #prepare} takes a regex-free path for ASCII text. */
    static String prepareByRegex(String lowerCase) {
        // Accents dropped on both sides: the index writes "Ménière's disease", notes write "Meniere's".
        String plain = java.text.Normalizer.normalize(lowerCase, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String t = APOSTROPHE_S.matcher(trimesters(joinPrefixes(plain))).replaceAll("");
        Matcher m = ROMAN.matcher(t);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, m.group(1) + " " + roman(m.group(2)) + m.group(3));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static boolean isAscii(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** {@code \b} of java.util.regex for ASCII text: a letter, digit or underscore. */
    private static boolean isWordChar(String t, int i) {
        if (i < 0 || i >= t.length()) {
            return false;
        }
        char c = t.charAt(i);
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** {@link #APOSTROPHE_S} removed, for ASCII text. */
    private static String possessiveAscii(String t) {
        int at = t.indexOf('\'');
        if (at < 0) {
            return t;
        }
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '\'' && i + 1 < t.length() && t.charAt(i + 1) == 's' && !isWordChar(t, i + 2)) {
                i++;
                continue;
            }
            sb.append(t.charAt(i));
        }
        return sb.toString();
    }

    /** {@link #ROMAN} replaced, for ASCII text: the keyword, one blank, the digit. */
    private static String romanAscii(String t) {
        if (!(t.contains("type") || t.contains("stage") || t.contains("grade") || t.contains("class")
                || t.contains("degree"))) {
            return t;
        }
        StringBuilder sb = null;
        int copied = 0;
        for (int i = 0; i < t.length(); i++) {
            if (isWordChar(t, i - 1)) {
                continue;
            }
            for (String key : ROMAN_KEYS) {
                if (!t.startsWith(key, i)) {
                    continue;
                }
                int j = i + key.length();
                while (j < t.length() && isRegexSpace(t.charAt(j))) {
                    j++;
                }
                String numeral = j > i + key.length() ? numeralAt(t, j) : null;
                if (numeral != null) {
                    sb = sb == null ? new StringBuilder(t.length()) : sb;
                    String grade = numeral.substring(0, numeral.length() - subLetter(numeral));
                    sb.append(t, copied, i).append(key).append(' ').append(roman(grade))
                            .append(numeral, grade.length(), numeral.length());
                    copied = j + numeral.length();
                    i = copied - 1;
                }
                break;
            }
        }
        return sb == null ? t : sb.append(t, copied, t.length()).toString();
    }

    private static final String[] ROMAN_KEYS = {"type", "stage", "grade", "class", "degree"};
    private static final String[] NUMERALS = {"iv", "iii", "ii", "i", "v"};

    /**
     * The numeral at {@code j}, with a sub-grade letter a-c when one follows ("grade IIIb" of C82.4-, "stage IIA"
     * read as 3b, 2a on both sides: the Tabular title and the statement are prepared alike), or null.
     */
    private static String numeralAt(String t, int j) {
        for (String r : NUMERALS) {
            if (!t.startsWith(r, j)) {
                continue;
            }
            int end = j + r.length();
            if (!isWordChar(t, end)) {
                return r;
            }
            char c = t.charAt(end);
            if (c >= 'a' && c <= 'c' && !isWordChar(t, end + 1)) {
                return r + c;
            }
        }
        return null;
    }

    /** 1 when the numeral carries a sub-grade letter ({@link #numeralAt}), else 0. */
    private static int subLetter(String numeral) {
        char last = numeral.charAt(numeral.length() - 1);
        return last >= 'a' && last <= 'c' ? 1 : 0;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
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

    /** The stem of one lower-case word ({@link Stems}). */
    public static String stem(String word) {
        return Stems.of(word);
    }
}
