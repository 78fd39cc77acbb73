package org.medcoder.coding.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of clinical notes that name ICD-10-PCS characters ({@code pcs-words.txt} beside this class, written
 * for medcoder): root operations and imaging types, word endings ("-ectomy" Resection, "-oscopy" Inspection) with
 * the combining forms before them ("cholecyst-" gallbladder), approaches, devices, and the words that make an
 * Excision partial or a qualifier Diagnostic. The values themselves are read from the PCS tables at run time.
 */
final class PcsWords {

    /** What a cue names. */
    enum Kind { OPERATION, IMAGING, EXTRACORPOREAL, APPROACH, DEVICE, PARTIAL, DIAGNOSTIC }

    /**
     * One word or phrase of a note and what it names.
     *
     * @param kind  what it names
     * @param value the operation / imaging type / device title as the tables print it, or the approach character
     * @param words the stemmed words of the phrase
     */
    record Cue(Kind kind, String value, String[] words) {
    }

    /** A word ending naming a root operation, e.g. "ectomy" Resection. */
    record Suffix(String ending, String title) {
    }

    /** A combining form: the body-part words it stands for, and the approach an inspection through it implies. */
    record Form(String prefix, List<String> bodyWords, char approach) {
    }

    /** Phrases of two or three words that only mean the thing together (listed before the file is read). */
    private static final List<String> PHRASES = List.of("x ray", "plain film", "computed tomography", "angio ct",
            "magnetic resonance", "fine needle aspiration", "fine needle", "core needle", "open surgery",
            "surgical incision", "transurethral resection", "extraction of stone", "radiofrequency ablation",
            "drainage tube", "mechanical ventilation");

    static final PcsWords DEFAULT = load();

    private final Map<String, List<Cue>> cues;
    private final List<Suffix> suffixes;
    private final List<Form> forms;
    private final Map<String, String> variants;
    private final Map<String, List<String>> compounds;
    private final Map<String, List<String>> wholes;

    private PcsWords(Map<String, List<Cue>> cues, List<Suffix> suffixes, List<Form> forms, Map<String, String> variants,
            Map<String, List<String>> compounds, Map<String, List<String>> wholes) {
        this.wholes = wholes;
        this.cues = cues;
        this.suffixes = suffixes;
        this.forms = forms;
        this.variants = variants;
        this.compounds = compounds;
    }

    /**
     * The words of the body part that contains a part without a value of its own (normalized word → the whole's
     * words, Guideline B4.1a: "rectal examination" is an inspection of the lower intestinal tract), or an empty list.
     */
    List<String> wholeOf(String normalized) {
        return wholes.getOrDefault(normalized, List.of());
    }

    /** The body-part words one word of a note joins ("thoracoabdominal" → chest, abdomen), or an empty list. */
    List<String> compound(String term) {
        return compounds.getOrDefault(term, List.of());
    }

    /** The cues whose first word is this stemmed term. */
    List<Cue> cuesStartingWith(String stem) {
        return cues.getOrDefault(stem, List.of());
    }

    /** The word ending this term has, when it is one of the listed endings (longest first). */
    Suffix suffixOf(String term) {
        for (Suffix s : suffixes) {
            if (term.length() > s.ending().length() + 2 && term.endsWith(s.ending())) {
                return s;
            }
        }
        return null;
    }

    /** The longest combining form the stem (a word without its ending) starts with, or null. */
    Form formOf(String stem) {
        for (Form f : forms) {
            if (stem.startsWith(f.prefix())) {
                return f;
            }
        }
        return null;
    }

    /**
     * The word as body parts are compared: plural stemmed, anatomical adjectives and their nouns as one word
     * ({@link WordVariants}), then this file's variants ("cranial" skull, "thoracic" chest).
     */
    String norm(String term) {
        return normOfStem(Terms.stem(term));
    }

    /** {@link #norm} of a term already stemmed ({@link Terms#stem}). */
    String normOfStem(String stem) {
        String c = WordVariants.canonical(stem);
        return variants.getOrDefault(c, c);
    }

    private static PcsWords load() {
        Map<String, List<Cue>> cues = new HashMap<>();
        List<Suffix> suffixes = new ArrayList<>();
        List<Form> forms = new ArrayList<>();
        Map<String, String> variants = new HashMap<>();
        Map<String, List<String>> compounds = new HashMap<>();
        Map<String, List<String>> wholes = new HashMap<>();
        try (InputStream in = PcsWords.class.getResourceAsStream("pcs-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("pcs-words.txt missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                switch (f[0]) {
                    case "op" -> phrases(cues, Kind.OPERATION, f[1], f[2]);
                    case "imaging" -> phrases(cues, Kind.IMAGING, f[1], f[2]);
                    case "extracorporeal" -> phrases(cues, Kind.EXTRACORPOREAL, f[1], f[2]);
                    case "approach" -> phrases(cues, Kind.APPROACH, f[1], f[2]);
                    case "device" -> phrases(cues, Kind.DEVICE, f[1], f[2]);
                    case "partial" -> phrases(cues, Kind.PARTIAL, "", f[1]);
                    case "diagnostic" -> phrases(cues, Kind.DIAGNOSTIC, "X", f[1]);
                    case "suffix" -> suffixes.add(new Suffix(f[1], f[2]));
                    case "form" -> forms.add(new Form(f[1], List.of(f[2].split(" ")),
                            f[3].equals("-") ? 0 : f[3].charAt(0)));
                    case "variant" -> {
                        for (String w : f[2].split(" ")) {
                            variants.put(WordVariants.canonical(Terms.stem(w)), WordVariants.canonical(Terms.stem(f[1])));
                        }
                    }
                    case "compound" -> compounds.put(f[1], List.of(f[2].split(" ")));
                    case "whole" -> {
                        for (String w : f[2].split(" ")) {
                            wholes.put(w, List.of(f[1].split(" ")));
                        }
                    }
                    default -> throw new IllegalStateException("pcs-words.txt: unknown line kind '" + f[0] + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("pcs-words.txt unreadable", e);
        }
        suffixes.sort(Comparator.comparingInt((Suffix s) -> -s.ending().length()));
        forms.sort(Comparator.comparingInt((Form f) -> -f.prefix().length()));
        cues.replaceAll((k, v) -> List.copyOf(v));
        return new PcsWords(Map.copyOf(cues), List.copyOf(suffixes), List.copyOf(forms), Map.copyOf(variants),
                Map.copyOf(compounds), normalizedKeys(wholes, variants));
    }

    /** The map with each key as {@link #norm} gives it (the variants are only known once the file is read). */
    private static Map<String, List<String>> normalizedKeys(Map<String, List<String>> in, Map<String, String> variants) {
        Map<String, List<String>> out = new HashMap<>();
        in.forEach((k, v) -> {
            String c = WordVariants.canonical(Terms.stem(k));
            out.put(variants.getOrDefault(c, c), v);
        });
        return Map.copyOf(out);
    }

    /**
     * Adds the phrases of one line. Single words are separated by spaces; a phrase is two or three words that
     * only mean the thing together ("x ray", "fine needle", "computed tomography"), listed in {@link #PHRASES}.
     */
    private static void phrases(Map<String, List<Cue>> cues, Kind kind, String value, String words) {
        String rest = " " + words.toLowerCase(Locale.ROOT) + " ";
        for (String p : PHRASES) {
            if (rest.contains(" " + p + " ")) {
                rest = rest.replace(" " + p + " ", " ");
                add(cues, kind, value, p);
            }
        }
        for (String w : rest.strip().split(" +")) {
            if (!w.isEmpty()) {
                add(cues, kind, value, w);
            }
        }
    }

    private static void add(Map<String, List<Cue>> cues, Kind kind, String value, String phrase) {
        String[] words = phrase.split("[ -]");
        for (int i = 0; i < words.length; i++) {
            words[i] = Terms.stem(words[i]);
        }
        List<Cue> list = cues.computeIfAbsent(words[0], k -> new ArrayList<>());
        if (list.stream().noneMatch(c -> c.kind() == kind && c.value().equals(value)
                && java.util.Arrays.equals(c.words(), words))) {
            list.add(new Cue(kind, value, words));
        }
    }
}
