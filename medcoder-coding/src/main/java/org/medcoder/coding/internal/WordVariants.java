package org.medcoder.coding.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word variants for dictionary matching: anatomical adjectives and their nouns ("renal" / "kidney"), Latin plurals
 * and words that machine translation of Spanish notes keeps ("lithiasis" for calculus). Both the classification's
 * words and the note's words are reduced to one canonical word, so "renal lithiasis" meets the Index entry
 * "Calculus, kidney". The list is {@code word-variants.txt} beside this class, written for medcoder.
 */
final class WordVariants {

    private static final Map<String, String> CANONICAL = load();

    private WordVariants() {
    }

    /** The canonical form of a stemmed word (the word itself when it has no variant). */
    static String canonical(String stem) {
        return CANONICAL.getOrDefault(stem, stem);
    }

    /** The stemmed words that have a canonical form (the keys of the list). */
    static Set<String> variants() {
        return CANONICAL.keySet();
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = WordVariants.class.getResourceAsStream("word-variants.txt")) {
            if (in == null) {
                throw new IllegalStateException("word-variants.txt missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip().toLowerCase(Locale.ROOT);
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] words = t.split("\\s+");
                String canonical = Terms.stem(words[0]);
                for (String w : words) {
                    out.putIfAbsent(Terms.stem(w), canonical);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("word-variants.txt unreadable", e);
        }
        return Map.copyOf(out);
    }
}
