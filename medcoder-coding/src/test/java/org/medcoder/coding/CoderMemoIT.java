package org.medcoder.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medcoder.codesets.CodeSetsLoader;
import org.medcoder.codesets.IcdCmRelease;

/**
 * {@link Coder#emptyTextMemos}: on the official FY2026 ICD-10-CM release (system property {@code medcoder.data}),
 * a coder trained on a small corpus written for this test codes a note of its own the same way with its memos
 * cold, warm and emptied.
 */
class CoderMemoIT {

    private static final String NOTE = "The patient reported high blood pressure and a productive cough.\n"
            + "Acute appendicitis was diagnosed; no evidence of pneumonia.\n"
            + "She has type 2 diabetes with chronic kidney disease stage 3 and abdominal distention.";
    private static final CodingOptions OPTIONS = CodingOptions.of(Setting.INPATIENT, LocalDate.of(2026, 3, 1));

    private static Coder coder;

    @BeforeAll
    static void train() {
        String data = System.getProperty("medcoder.data");
        if (data == null || !Files.isDirectory(Path.of(data, "icd10cm"))) {
            throw new IllegalStateException("official data folder missing: set -Dmedcoder.data to ../shared/data (was " + data + ")");
        }
        IcdCmRelease fy2026 = CodeSetsLoader.load(Path.of(data), Path.of("target", "medcoder-cache"))
                .icd10cm(LocalDate.of(2026, 3, 1));
        String[][] conditions = {{"hypertension", "I10"}, {"acute appendicitis", "K3580"}, {"cough", "R059"},
            {"pneumonia", "J189"}, {"type 2 diabetes", "E119"}};
        List<TrainingCase> cases = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String[] a = conditions[i % conditions.length];
            String[] b = conditions[(i + 1 + i / conditions.length % (conditions.length - 1)) % conditions.length];
            cases.add(new TrainingCase("t" + i, "Admitted with " + a[0] + ".\nHistory of " + b[0] + ".",
                    Set.of(a[1], b[1]), Set.of()));
        }
        coder = Coder.train(cases, Optional.of(fy2026), Optional.empty(), true);
    }

    private static CodingResult code(String text) {
        return coder.code(ClinicalDocument.ofText("doc", text), OPTIONS);
    }

    @Test
    void emptyTextMemos_noteSeenBefore_codedTheSameAsColdAndWarm() {
        CodingResult cold = code(NOTE);
        code("Chronic cough and fever. No appendicitis.");
        CodingResult warm = code(NOTE);
        coder.emptyTextMemos();
        CodingResult emptied = code(NOTE);

        assertThat(warm).isEqualTo(cold);
        assertThat(emptied).isEqualTo(cold);
        assertThat(cold.diagnoses()).isNotEmpty();
        // The memoised sources took part: some code has the encoder's evidence.
        assertThat(Stream.concat(cold.diagnoses().stream(), cold.suggestions().stream())
                .flatMap(c -> c.evidence().stream()).map(Evidence::source))
                .anyMatch(s -> s.contains("Encoder"));
    }
}
