package org.medcoder.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medcoder.core.TextSpan;

/**
 * Where in the English translation a gold code's evidence is. CodiEsp gives evidence spans ({@code <split>X.tsv})
 * as character offsets into the Spanish text only; the English file is the same case machine-translated, one
 * sentence per line. A Spanish offset is carried over by its relative position in the text, and the evidence
 * becomes the English line at that position with {@value #NEIGHBOURS} line(s) either side (on train, this window
 * holds the English word for the finding for about nine in ten spans). Used only to learn from the train split.
 */
final class EvidenceAlignment {

    static final int NEIGHBOURS = 1;

    private EvidenceAlignment() {
    }

    /**
     * Evidence windows per document id and normalized code, read from {@code dir/<split>X.tsv} and the Spanish
     * texts in {@code dir/text_files}; empty when those are missing (the English texts are then all there is).
     *
     * @param english the English text of each document id
     * @throws IllegalArgumentException naming the line of a malformed evidence row
     */
    static Map<String, Map<String, List<TextSpan>>> read(Path dir, String split, Map<String, String> english) {
        Path tsv = dir.resolve(split + "X.tsv");
        Path spanish = dir.resolve("text_files");
        Map<String, Map<String, List<TextSpan>>> out = new HashMap<>();
        if (!Files.exists(tsv) || !Files.isDirectory(spanish)) {
            return out;
        }
        Map<String, Integer> spanishLength = new HashMap<>();
        List<String> lines = readLines(tsv);
        for (int i = 0; i < lines.size(); i++) {
            String[] cols = lines.get(i).split("\t");
            if (lines.get(i).isBlank()) {
                continue;
            }
            if (cols.length < 5) {
                throw new IllegalArgumentException(tsv.getFileName() + ":" + (i + 1)
                        + ": expected articleID<TAB>type<TAB>code<TAB>text<TAB>start end, got " + cols.length + " column(s)");
            }
            String id = cols[0].strip();
            String en = english.get(id);
            Path es = spanish.resolve(id + ".txt");
            if (en == null || !Files.exists(es)) {
                continue;
            }
            int length = spanishLength.computeIfAbsent(id, k -> readString(es).length());
            int start = firstOffset(cols[4], tsv, i);
            String code = CodiespCodes.normalize(cols[2]);
            if (cols[1].strip().toUpperCase(Locale.ROOT).startsWith("PROC")) {
                code = code.substring(0, Math.min(4, code.length()));
            }
            out.computeIfAbsent(id, k -> new HashMap<>()).computeIfAbsent(code, k -> new ArrayList<>())
                    .add(window(en, length == 0 ? 0 : (double) start / length));
        }
        return out;
    }

    /** The English lines around the relative position {@code fraction} (0 to 1) of the text. */
    static TextSpan window(String english, double fraction) {
        List<int[]> lines = new ArrayList<>();
        int at = 0;
        while (at <= english.length()) {
            int end = english.indexOf('\n', at);
            end = end < 0 ? english.length() : end;
            lines.add(new int[] {at, end});
            at = end + 1;
        }
        double target = Math.max(0, Math.min(1, fraction)) * english.length();
        int line = 0;
        while (line + 1 < lines.size() && lines.get(line + 1)[0] <= target) {
            line++;
        }
        int from = Math.max(0, line - NEIGHBOURS);
        int to = Math.min(lines.size() - 1, line + NEIGHBOURS);
        return TextSpan.of(lines.get(from)[0], lines.get(to)[1]);
    }

    private static int firstOffset(String offsets, Path tsv, int line) {
        try {
            return Integer.parseInt(offsets.strip().split("[ ;]")[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(tsv.getFileName() + ":" + (line + 1) + ": bad evidence offsets: " + offsets);
        }
    }

    private static List<String> readLines(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readString(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
