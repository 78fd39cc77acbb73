package org.medcoder.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One split of the CodiEsp corpus laid out as published: {@code <split>/<split>D.tsv}, {@code <split>P.tsv}
 * (rows {@code articleID<TAB>code}) and the English texts in {@code <split>/text_files_en/}. Gold codes are held
 * normalized ({@link CodiespCodes#normalize}).
 *
 * @param split      the split name ({@code train}, {@code dev}, {@code test})
 * @param documents  every case with an English text, ordered by id
 * @param diagnoses  gold ICD-10-CM codes per document id (documents without any are absent)
 * @param procedures gold ICD-10-PCS codes per document id (documents without any are absent)
 */
public record CodiespCorpus(String split, List<CodiespDocument> documents, Map<String, Set<String>> diagnoses,
        Map<String, Set<String>> procedures) {

    public CodiespCorpus {
        documents = List.copyOf(documents);
        diagnoses = freeze(diagnoses);
        procedures = freeze(procedures);
    }

    /**
     * Reads a split from a corpus folder.
     *
     * @throws IllegalArgumentException naming the missing folder or file, or a malformed gold line
     */
    public static CodiespCorpus read(Path corpus, String split) {
        Path dir = corpus.resolve(split);
        Path texts = dir.resolve("text_files_en");
        if (!Files.isDirectory(texts)) {
            throw new IllegalArgumentException("CodiEsp split folder not found: " + texts
                    + " (expected <corpus>/<split>/text_files_en/)");
        }
        return new CodiespCorpus(split, listTexts(texts), readGold(dir.resolve(split + "D.tsv")),
                readGold(dir.resolve(split + "P.tsv")));
    }

    private static List<CodiespDocument> listTexts(Path texts) {
        try (Stream<Path> files = Files.list(texts)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .map(p -> new CodiespDocument(p.getFileName().toString().replaceFirst("\\.txt$", ""), p))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code articleID<TAB>code} rows; a missing file means no gold of that kind (e.g. a test split). */
    static Map<String, Set<String>> readGold(Path tsv) {
        Map<String, Set<String>> gold = new TreeMap<>();
        if (!Files.exists(tsv)) {
            return gold;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2 || cols[1].isBlank()) {
                throw new IllegalArgumentException(tsv.getFileName() + ":" + (i + 1)
                        + ": expected articleID<TAB>code, got " + cols.length + " column(s)");
            }
            gold.computeIfAbsent(cols[0].strip(), k -> new LinkedHashSet<>()).add(CodiespCodes.normalize(cols[1]));
        }
        return gold;
    }

    private static Map<String, Set<String>> freeze(Map<String, Set<String>> m) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        new TreeMap<>(m).forEach((k, v) -> out.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
        return Collections.unmodifiableMap(out);
    }

    /** The number of gold rows (document, code) of one kind. */
    static int rows(Map<String, Set<String>> gold) {
        return gold.values().stream().mapToInt(Set::size).sum();
    }

    /** Every document with its gold codes, to learn from (only ever the train split). */
    public List<org.medcoder.coding.TrainingCase> trainingCases() {
        Map<String, String> texts = new LinkedHashMap<>();
        documents.forEach(d -> texts.put(d.id(), d.read()));
        // The split folder holds text_files_en/, and beside it the Spanish text_files/ and <split>X.tsv.
        Map<String, Map<String, List<org.medcoder.core.TextSpan>>> evidence = documents.isEmpty() ? Map.of()
                : EvidenceAlignment.read(documents.get(0).text().toAbsolutePath().getParent().getParent(), split, texts);
        List<org.medcoder.coding.TrainingCase> out = new ArrayList<>();
        for (CodiespDocument d : documents) {
            out.add(new org.medcoder.coding.TrainingCase(d.id(), texts.get(d.id()), diagnoses.getOrDefault(d.id(), Set.of()),
                    procedures.getOrDefault(d.id(), Set.of()), evidence.getOrDefault(d.id(), Map.of())));
        }
        return out;
    }
}
