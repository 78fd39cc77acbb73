package org.medcoder.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medcoder.coding.CodingResult;
import org.medcoder.coding.ProposedCode;
import org.medcoder.coding.Setting;
import org.medcoder.core.CodeSystem;

class CodingReportTest {

    private static ProposedCode code(CodeSystem s, String code, double confidence) {
        return new ProposedCode(s, code, "", confidence, List.of(), List.of());
    }

    /** Proposals in report order (principal first, not by score), further candidates of both systems mixed. */
    private static final CodingResult RESULT = new CodingResult("doc1", Setting.INPATIENT,
            List.of(code(CodeSystem.ICD10CM, "N39.0", 0.61), code(CodeSystem.ICD10CM, "J18.9", 0.93)),
            List.of(code(CodeSystem.ICD10PCS, "BW03ZZZ", 0.7)),
            List.of(code(CodeSystem.ICD10CM, "R50.9", 0.29), code(CodeSystem.ICD10PCS, "0DJD8ZZ", 0.2),
                    code(CodeSystem.ICD10CM, "R05.9", 0.05)),
            "", List.of());

    @Test
    void tsv_ranked_everyRankedCodeBySystemThenScore() {
        assertThat(CodingReport.tsv(RESULT, true).lines().toList()).containsExactly(
                "doc1\tJ18.9\t0.9300", "doc1\tN39.0\t0.6100", "doc1\tR50.9\t0.2900", "doc1\tR05.9\t0.0500",
                "doc1\tBW03ZZZ\t0.7000", "doc1\t0DJD8ZZ\t0.2000");
    }

    @Test
    void tsv_default_proposalsOnlyByScore() {
        assertThat(CodingReport.tsv(RESULT, false).lines().toList()).containsExactly(
                "doc1\tJ18.9\t0.9300", "doc1\tN39.0\t0.6100", "doc1\tBW03ZZZ\t0.7000");
    }
}
