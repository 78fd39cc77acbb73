package org.medcoder.coding.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.medcoder.codesets.PcsAxisValue;
import org.medcoder.codesets.PcsDefinition;
import org.medcoder.codesets.PcsRelease;
import org.medcoder.codesets.PcsRow;
import org.medcoder.codesets.PcsTable;

/**
 * The body parts of the ICD-10-PCS tables, by section and root operation (or imaging type): every body-part value
 * of every row, as the words of its label ("Kidney Pelvis, Right" → kidney, pelvis, side right) and of the terms
 * the Definitions' body-part key includes for it ("Quadrate lobe" → Liver). Only sections 0 (Medical and Surgical),
 * 5 (Extracorporeal or Systemic Assistance and Performance: character 4 is the body system) and B (Imaging) are read.
 */
final class PcsBodyParts {

    /** Side of a body-part value as its label says. */
    enum Side { NONE, RIGHT, LEFT, BILATERAL }

    /**
     * One body-part value of one row.
     *
     * @param table the table
     * @param value the body-part value
     * @param words the words a note must contain (normalized)
     * @param side  the side the label names
     * @param alias the Definitions term the words come from, or empty for the label itself
     * @param order the entry's place in table order among the entries of its operation
     */
    record Entry(PcsTable table, PcsAxisValue value, Set<String> words, Side side, String alias, int order) {
    }

    private static final Set<String> NOT_ANATOMY = Set.of("right", "left", "bilateral", "and", "of", "the", "with",
            "all", "multiple", "single", "other", "or", "without");
    /** Include terms longer than this are anatomical descriptions, not names a note would use. */
    private static final int MAX_ALIAS_WORDS = 3;

    private final Map<String, List<Entry>> byOperation;
    /** Per operation key, the entries by each of their words (so a note's words reach only their entries). */
    private final Map<String, Map<String, List<Entry>>> byWord;

    private PcsBodyParts(Map<String, List<Entry>> byOperation) {
        this.byOperation = byOperation;
        Map<String, Map<String, List<Entry>>> index = new HashMap<>();
        byOperation.forEach((key, entries) -> {
            Map<String, List<Entry>> words = new HashMap<>();
            for (Entry e : entries) {
                for (String w : e.words()) {
                    words.computeIfAbsent(w, k -> new ArrayList<>()).add(e);
                }
            }
            index.put(key, Map.copyOf(words));
        });
        this.byWord = Map.copyOf(index);
    }

    /** The body-part index of a release. */
    static PcsBodyParts of(PcsRelease release, PcsWords words) {
        Map<String, List<Alias>> aliases = aliases(release, words);
        Map<String, List<Entry>> out = new HashMap<>();
        for (PcsTable t : release.tables()) {
            char section = t.headerValue(1).code();
            if (section != '0' && section != 'B' && section != '5') {
                continue;
            }
            List<Entry> list = out.computeIfAbsent(key(section, t.headerValue(3).label()), k -> new ArrayList<>());
            for (PcsRow row : t.rows()) {
                for (PcsAxisValue v : row.axis(4).values()) {
                    Side side = side(v.label());
                    for (String alt : alternatives(v.label())) {
                        Set<String> w = words(alt, words);
                        if (!w.isEmpty()) {
                            list.add(new Entry(t, v, w, side, "", list.size()));
                        }
                    }
                    for (Alias a : aliases.getOrDefault(v.label().toLowerCase(Locale.ROOT), List.of())) {
                        list.add(new Entry(t, v, a.words(), side, a.term(), list.size()));
                    }
                }
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return new PcsBodyParts(Map.copyOf(out));
    }

    /** The key of a section and operation (or imaging type) title. */
    static String key(char section, String title) {
        return section + title.toLowerCase(Locale.ROOT);
    }

    /** The entries of this section and operation with at least one of the words, in table order. */
    List<Entry> entries(char section, String title, Set<String> words) {
        Map<String, List<Entry>> index = byWord.getOrDefault(key(section, title), Map.of());
        java.util.TreeMap<Integer, Entry> out = new java.util.TreeMap<>();
        for (String w : words) {
            for (Entry e : index.getOrDefault(w, List.of())) {
                out.put(e.order(), e);
            }
        }
        return List.copyOf(out.values());
    }

    /** Whether any table has this section and operation title. */
    boolean hasOperation(char section, String title) {
        return byOperation.containsKey(key(section, title));
    }

    /** The side a label names. */
    static Side side(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.contains("right and left")) {
            return Side.NONE; // "Heart, Right and Left": the whole organ, not a pair of organs
        }
        if (l.contains("bilateral")) {
            return Side.BILATERAL;
        }
        if (l.endsWith(", right") || l.contains(" right ")) {
            return Side.RIGHT;
        }
        if (l.endsWith(", left") || l.contains(" left ")) {
            return Side.LEFT;
        }
        return Side.NONE;
    }

    /**
     * The names a label gives with "/": "Sella Turcica/Pituitary Gland" is two names; "Abdominal/Retroperitoneal
     * Lymphatics" shares its last word ("Abdominal Lymphatics", "Retroperitoneal Lymphatics").
     */
    static List<String> alternatives(String label) {
        String[] parts = label.split("/");
        if (parts.length == 1) {
            return List.of(label);
        }
        String last = parts[parts.length - 1].strip();
        int comma = last.indexOf(',');
        // The shared head is the last word before the side: "Abdominal/Retroperitoneal Lymphatics, Bilateral".
        int space = (comma < 0 ? last : last.substring(0, comma)).lastIndexOf(' ');
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            boolean oneWord = !parts[i].strip().contains(" ") && !parts[i].contains(",");
            out.add(i < parts.length - 1 && oneWord && space > 0
                    ? parts[i].strip() + last.substring(space, comma < 0 ? last.length() : comma) : parts[i]);
        }
        return out;
    }

    /** The anatomical words of a label, normalized as a note's words are. */
    static Set<String> words(String label, PcsWords words) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : label.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!w.isEmpty() && !NOT_ANATOMY.contains(w) && !Terms.isStop(w)) {
                out.add(words.norm(w));
            }
        }
        return Set.copyOf(out);
    }

    /** A term the Definitions include under a body-part value, and its words. */
    private record Alias(String term, Set<String> words) {
    }

    /** Section 0 body-part key of the Definitions: the value title → the word sets of the terms it includes. */
    private static Map<String, List<Alias>> aliases(PcsRelease release, PcsWords words) {
        Map<String, List<Alias>> out = new HashMap<>();
        for (PcsDefinition d : release.definitions()) {
            if (d.section() != '0' || d.position() != 4) {
                continue;
            }
            for (String include : d.includes()) {
                Set<String> w = words(include, words);
                if (w.isEmpty() || w.size() > MAX_ALIAS_WORDS) {
                    continue;
                }
                for (String title : d.titles()) {
                    out.computeIfAbsent(title.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(new Alias(include, w));
                }
            }
        }
        return out;
    }
}
