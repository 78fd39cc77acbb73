package org.medcoder.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medcoder.core.TextSpan;

class EvidenceAlignmentTest {

    private static final String ENGLISH = "First line.\nSecond line.\nThird line.\nFourth line.\nFifth line.";

    @Test
    void window_middleOfText_lineWithNeighbours() {
        TextSpan w = EvidenceAlignment.window(ENGLISH, 0.5);
        assertThat(w.in(ENGLISH)).isEqualTo("Second line.\nThird line.\nFourth line.");
    }

    @Test
    void window_start_firstLinesOnly() {
        assertThat(EvidenceAlignment.window(ENGLISH, 0).in(ENGLISH)).isEqualTo("First line.\nSecond line.");
        assertThat(EvidenceAlignment.window(ENGLISH, 1).in(ENGLISH)).isEqualTo("Fourth line.\nFifth line.");
    }

    @Test
    void read_evidenceRows_windowsPerCode(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("text_files"));
        // Spanish text of 100 characters: the finding at 50 sits in the middle.
        Files.writeString(dir.resolve("text_files/d1.txt"), "x".repeat(100), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("trainX.tsv"), "d1\tDIAGNOSTICO\tr50.9\tfiebre\t50 56\n"
                + "d1\tPROCEDIMIENTO\tbw03zzz\tRx torax\t0 8;10 12\n", StandardCharsets.UTF_8);
        Map<String, Map<String, List<TextSpan>>> e = EvidenceAlignment.read(dir, "train", Map.of("d1", ENGLISH));
        assertThat(e.get("d1").get("R509")).extracting(s -> s.in(ENGLISH))
                .containsExactly("Second line.\nThird line.\nFourth line.");
        assertThat(e.get("d1")).containsKey("BW03");
    }

    @Test
    void read_missingFiles_empty(@TempDir Path dir) {
        assertThat(EvidenceAlignment.read(dir, "train", Map.of("d1", ENGLISH))).isEmpty();
    }

    @Test
    void read_shortRow_namesLine(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("text_files"));
        Files.writeString(dir.resolve("trainX.tsv"), "d1\tDIAGNOSTICO\tr50.9\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> EvidenceAlignment.read(dir, "train", Map.of("d1", ENGLISH)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trainX.tsv:1");
    }
}
