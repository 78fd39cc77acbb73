package org.medcoder.coding.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medcoder.core.TextSpan;
import org.medcoder.nlp.AnalyzedNote;
import org.medcoder.nlp.Token;

/**
 * The word n-grams (1 to {@value #MAX} stemmed terms, inside a sentence, not crossing punctuation, neither
 * starting nor ending with a stopword) of a note, each with the token ranges where it occurs.
 */
public final class Grams {

    static final int MAX = 4;

    private Grams() {
    }

    /** N-gram → occurrences as {@code {fromToken, toToken}} pairs, in text order. */
    public static Map<String, List<int[]>> of(AnalyzedNote note) {
        List<Token> tokens = note.tokens();
        String[] stems = new String[tokens.size()];
        boolean[] stop = new boolean[tokens.size()];
        boolean[] breaks = new boolean[tokens.size()];
        for (int i = 0; i < stems.length; i++) {
            String t = tokens.get(i).term();
            breaks[i] = !Character.isLetterOrDigit(t.charAt(0));
            stems[i] = breaks[i] ? t : Terms.stem(t);
            stop[i] = breaks[i] || Terms.isStop(t);
        }
        Map<String, List<int[]>> grams = new HashMap<>(stems.length * 2);
        StringBuilder b = new StringBuilder(64);
        for (int i = 0; i < stems.length; i++) {
            if (stop[i]) {
                continue;
            }
            b.setLength(0);
            for (int n = 1; n <= MAX && i + n <= stems.length; n++) {
                int j = i + n - 1;
                if (breaks[j] || tokens.get(j).sentence() != tokens.get(i).sentence()) {
                    break;
                }
                if (n > 1) {
                    b.append(' ');
                }
                b.append(stems[j]);
                if (!stop[j]) {
                    grams.computeIfAbsent(b.toString(), k -> new ArrayList<>(2)).add(new int[] {i, j + 1});
                }
            }
        }
        return grams;
    }

    /**
     * For each code with evidence locations, the n-grams among {@code learnable} with an occurrence inside one of
     * them: what the document says near that code's evidence.
     */
    public static Map<String, Set<String>> near(AnalyzedNote note, Map<String, List<int[]>> grams, Set<String> learnable,
            Map<String, List<TextSpan>> evidence) {
        Map<String, Set<String>> out = new HashMap<>();
        evidence.forEach((code, spans) -> {
            Set<String> near = new HashSet<>();
            for (String g : learnable) {
                for (int[] o : grams.get(g)) {
                    int start = note.tokens().get(o[0]).span().start();
                    if (spans.stream().anyMatch(s -> s.start() <= start && start < s.end())) {
                        near.add(g);
                        break;
                    }
                }
            }
            out.put(code, near);
        });
        return out;
    }
}
