package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.core.IcdCmCode;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;

/**
 * Receptor status stated beside a malignancy ("ER+/PR+/HER2-", "hormone receptor negative, HER2 positive", "triple
 * negative"): category Z17 after the neoplasm codes, as the "use additional code" note at C50 asks (I.A.13). The
 * status words are taken out of the statement, the rest is coded as usual, and the Z17 codes follow the last
 * neoplasm code.
 *
 * <p>Z17.2-Z17.4 were added after the index in use (FY2023 knows only "Status, estrogen receptor" Z17.0/Z17.1), so
 * the codes are found by their Tabular titles: when both a hormone receptor status (estrogen or progesterone, or
 * "hormone receptor") and the HER2 status are stated, the combined code "Hormone receptor positive|negative with
 * human epidermal growth factor receptor 2 positive|negative status" (Z17.4-; hormone receptor positive when either
 * receptor is positive); otherwise the single-receptor codes in the order ER, PR, HER2. A release without the
 * combined codes gets the single ones.
 */
final class ReceptorStatus {

    /** A value word, or a sign touching the receptor letters ("er-", not "seen in er - metastatic ..."). */
    private static final String VALUE = "(?:\\s*[-:]?\\s*(positive|negative|pos|neg)\\b|(\\+|-)(?![a-z0-9]))";
    private static final String RECEPTOR = "(?:\\s*receptors?)?(?:\\s*status)?(?:\\s+(?:is|was))?";
    /** One receptor and its value: "er+", "her2-negative", "estrogen receptor positive", "hr+". */
    private static final Pattern ONE = Pattern.compile("(?<![a-z0-9])(er|pr|hr|her-?2(?:\\s*/\\s*neu)?|"
            + "estrogen|oestrogen|progesterone|hormone|human epidermal growth factor receptor 2)" + RECEPTOR + VALUE);
    /** Two hormone receptors sharing one value: "er/pr positive", "er and pr negative". */
    private static final Pattern BOTH = Pattern.compile(
            "(?<![a-z0-9])(?:er|estrogen)\\s*(?:/|and|&)\\s*(?:pr|progesterone)" + RECEPTOR + VALUE);
    private static final Pattern TRIPLE = Pattern.compile("\\btriple[\\s-]+(negative|positive)\\b|\\btnbc\\b");
    private static final Pattern LEFTOVER = Pattern.compile("(?:\\s*[,;/]\\s*)+(?=[,;/]|$)|^\\s*[,;/]\\s*");

    /** The receptors a statement states and the statement without them. */
    record Stated(String rest, Boolean estrogen, Boolean progesterone, Boolean hormone, Boolean her2) {
    }

    private final Map<String, IcdCmCode> byTitle = new HashMap<>();
    private final TabularWalker walker;
    private final Coding coding;
    private final Statement empty;

    ReceptorStatus(IcdCmRelease release, TabularWalker walker, Coding coding, Statement empty) {
        this.walker = walker;
        this.coding = coding;
        this.empty = empty;
        List<IcdCmEntry> todo = new ArrayList<>(release.children(IcdCmCode.parse("Z17")));
        while (!todo.isEmpty()) {
            IcdCmEntry e = todo.remove(todo.size() - 1);
            if (e.billable()) {
                byTitle.put(e.longTitle().toLowerCase(Locale.ROOT), e.code());
            }
            todo.addAll(release.children(e.code()));
        }
    }

    /** The receptor statuses the statement states, or null when it states none (literal pre-check: hot path). */
    static Stated stated(String statement) {
        String t = Lower.of(statement);
        if (!mayState(t)) {
            return null;
        }
        Boolean[] v = new Boolean[4];
        StringBuilder rest = new StringBuilder(t);
        Matcher triple = TRIPLE.matcher(t);
        if (triple.find()) {
            boolean pos = "positive".equals(triple.group(1));
            v[0] = pos;
            v[1] = pos;
            v[3] = pos;
            blank(rest, triple.start(), triple.end());
        }
        Matcher both = BOTH.matcher(t);
        while (both.find()) {
            v[0] = positive(both);
            v[1] = v[0];
            blank(rest, both.start(), both.end());
        }
        singleReceptors(rest, v);
        if (v[0] == null && v[1] == null && v[2] == null && v[3] == null) {
            return null;
        }
        String left = LEFTOVER.matcher(rest.toString().replaceAll("\\s+", " ")).replaceAll("").strip();
        return new Stated(left, v[0], v[1], v[2], v[3]);
    }

    /** A cheap check before the patterns run: a receptor word or letters. */
    private static boolean mayState(String t) {
        return t.contains("receptor") || t.contains("her") || t.contains("triple") || t.contains("tnbc")
                || token(t, "er") || token(t, "pr") || token(t, "hr");
    }

    /** Reads each receptor with its own value into {@code v} (ER, PR, hormone, HER2) and blanks it out of rest. */
    private static void singleReceptors(StringBuilder rest, Boolean[] v) {
        Matcher one = ONE.matcher(rest.toString());
        while (one.find()) {
            String r = one.group(1);
            int i = r.startsWith("e") || r.startsWith("o") ? 0 : r.startsWith("p") ? 1 : r.startsWith("ho") || r.equals("hr")
                    ? 2 : 3;
            v[i] = positive(one);
            blank(rest, one.start(), one.end());
        }
    }

    /** Whether {@code w} occurs as a word of its own (cheap check before the patterns run). */
    private static boolean token(String t, String w) {
        for (int at = t.indexOf(w); at >= 0; at = t.indexOf(w, at + 1)) {
            int end = at + w.length();
            if ((at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1)))
                    && (end == t.length() || !Character.isLetterOrDigit(t.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean positive(Matcher m) {
        String w = m.group(m.groupCount() - 1) != null ? m.group(m.groupCount() - 1) : m.group(m.groupCount());
        return w.startsWith("pos") || w.equals("+");
    }

    private static void blank(StringBuilder b, int from, int to) {
        for (int i = from; i < to; i++) {
            b.setCharAt(i, ' ');
        }
    }

    /**
     * The result of the rest of the statement with the Z17 codes after its last neoplasm code (C00-D49), replacing
     * any Z17 code a note added; null when the rest codes to no neoplasm (the status then qualifies nothing coded).
     */
    EncodeResult apply(String statement, Stated s, EncodeResult coded, EncodeOptions options) {
        int last = -1;
        for (int i = 0; i < coded.codes().size(); i++) {
            String v = coded.codes().get(i).code().value();
            if (v.startsWith("C") || v.startsWith("D") && v.compareTo("D50") < 0) {
                last = i;
            }
        }
        if (last < 0) {
            return null;
        }
        List<EncodedCode> z17 = new ArrayList<>();
        for (String title : titles(s)) {
            IcdCmCode c = byTitle.get(title);
            Optional<TabularWalker.Result> r = c == null ? Optional.empty() : walker.complete(c.value(), empty, options, -1L);
            r.ifPresent(x -> z17.add(coding.coded(x, "receptor status stated with the malignancy, by the Tabular title \""
                    + title + "\" (Z17.2-Z17.4 added after the index in use): use additional code note at C50", List.of(
                    "I.A.13", "I.C.2"))));
        }
        if (z17.isEmpty()) {
            return null;
        }
        List<EncodedCode> all = new ArrayList<>(coded.codes().subList(0, last + 1));
        all.addAll(z17);
        all.addAll(coded.codes().subList(last + 1, coded.codes().size()));
        all.removeIf(c -> c.code().value().startsWith("Z17") && !z17.contains(c));
        return new EncodeResult(statement, Coding.dedupe(all), coded.questions(), coded.nearestTerms(),
                coded.release());
    }

    /** The Z17 titles (lower case) for the statuses, combined when the release has the combined code. */
    private List<String> titles(Stated s) {
        Boolean hormone = s.hormone() != null ? s.hormone() : s.estrogen() == null && s.progesterone() == null ? null
                : Boolean.TRUE.equals(s.estrogen()) || Boolean.TRUE.equals(s.progesterone());
        if (hormone != null && s.her2() != null) {
            String combined = "hormone receptor " + word(hormone) + " with human epidermal growth factor receptor 2 "
                    + word(s.her2()) + " status";
            if (byTitle.containsKey(combined)) {
                return List.of(combined);
            }
        }
        List<String> titles = new ArrayList<>();
        if (s.estrogen() != null) {
            titles.add(s.estrogen() ? "estrogen receptor positive status [er+]" : "estrogen receptor negative status [er-]");
        }
        if (s.progesterone() != null) {
            titles.add("progesterone receptor " + word(s.progesterone()) + " status");
        }
        if (s.her2() != null) {
            titles.add("human epidermal growth factor receptor 2 " + word(s.her2()) + " status");
        }
        return titles;
    }

    private static String word(boolean positive) {
        return positive ? "positive" : "negative";
    }
}
