package org.medcoder.encoder.internal;

import java.util.Map;

/**
 * Plurals too short for the light stemming of {@link Words} (which leaves words of four letters or fewer alone so
 * that "mass", "lens" or "axis" keep their "s"), read as their singular on both sides, statement and
 * classification: "egg allergy" meets Z91.0121 "Allergy to eggs with tolerance to baked egg", "hammer toes" the
 * index's "Hammer toe"; "teeth" is the index's "tooth". Paired parts (eyes, ears, legs, hips, feet) are left
 * alone: their plural says "both" ("both eyes" is the tabular's "bilateral", read by {@link Shorthand}), and as a
 * singular it would meet the "unspecified eye" titles.
 */
final class ShortPlurals {

    private static final Map<String, String> SINGULAR = Map.ofEntries(Map.entry("eggs", "egg"),
            Map.entry("toes", "toe"), Map.entry("ribs", "rib"), Map.entry("lips", "lip"), Map.entry("gums", "gum"),
            Map.entry("jaws", "jaw"), Map.entry("nuts", "nut"), Map.entry("bees", "bee"), Map.entry("cuts", "cut"),
            Map.entry("teeth", "tooth"));

    private ShortPlurals() {
    }

    /** The singular of a short plural, else the word itself. */
    static String singular(String word) {
        return SINGULAR.getOrDefault(word, word);
    }
}
