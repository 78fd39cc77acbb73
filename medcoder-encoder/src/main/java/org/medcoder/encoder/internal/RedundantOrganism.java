package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;

/**
 * Drops an organism code (B95-B97, "... as the cause of diseases classified elsewhere") whose organism another
 * code of the result already names: "streptococcal pharyngitis, rapid strep positive" is J02.0 alone, not J02.0
 * B95.5. Multiple coding is not used when a combination code identifies all the elements (I.B.9); B95-B97 are
 * for diseases classified elsewhere whose code does not name the organism (I.C.1, B95-B97 block note).
 */
final class RedundantOrganism {

    private static final String CAUSE = " as the cause of diseases classified elsewhere";
    /** A bracketed part of a title, and what separates its words (compiled once, hot path). */
    private static final Pattern BRACKETED = Pattern.compile("\\[[^]]*]");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]+");
    /** Title words of B95-B97 codes that are not the organism's name. */
    private static final List<String> NOT_NAMES = List.of("unspecified", "other", "infection", "specified", "group",
        "virus", "viral", "agents", "bacterial", "bacteria", "the", "and", "with", "type", "due");

    private RedundantOrganism() {
    }

    /**
     * {@code r} without the organism codes another of its codes names, and without a virus (B97) the statement
     * names only in part ("viral upper respiratory infection" names no respiratory syncytial virus, B97.4).
     */
    static EncodeResult apply(EncodeResult r, String expanded) {
        if (r.codes().size() < 2 || r.codes().stream().noneMatch(RedundantOrganism::organism)) {
            return r;
        }
        List<EncodedCode> kept = new ArrayList<>();
        for (EncodedCode c : r.codes()) {
            if (!organism(c) || r.codes().stream().noneMatch(o -> o != c && !organism(o) && names(o, c))
                    && !(c.code().value().startsWith("B97") && partlyNamed(c, expanded))) {
                kept.add(c);
            }
        }
        return kept.size() == r.codes().size() ? r
                : r.withCodes(kept);
    }

    private static boolean organism(EncodedCode c) {
        String v = c.code().value();
        return (v.startsWith("B95") || v.startsWith("B96") || v.startsWith("B97")) && c.title().contains(CAUSE);
    }

    /**
     * Whether the statement has some but not all words of the organism's name: the index path reached it by a
     * shared word, not by the organism (an organism is coded when documented, I.C.1, I.B.9).
     */
    private static boolean partlyNamed(EncodedCode b, String expanded) {
        int named = 0;
        int words = 0;
        for (String w : organismWords(b)) {
            words++;
            named += expanded.contains(w.substring(0, Math.min(w.length(), 7))) ? 1 : 0;
        }
        return named > 0 && named < words;
    }

    private static List<String> organismWords(EncodedCode b) {
        String name = b.title().toLowerCase(Locale.ROOT).replace(CAUSE, "");
        name = BRACKETED.matcher(name).replaceAll(" ");
        List<String> out = new ArrayList<>();
        for (String w : NOT_LETTER.split(name)) {
            if (w.length() >= 4 && !NOT_NAMES.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Whether {@code other}'s title names every word of the organism of {@code b} (by a common stem). */
    private static boolean names(EncodedCode other, EncodedCode b) {
        String title = other.title().toLowerCase(Locale.ROOT);
        int named = 0;
        for (String w : organismWords(b)) {
            if (!title.contains(w.substring(0, Math.min(w.length(), 7)))) {
                return false;
            }
            named++;
        }
        return named > 0;
    }
}
