package org.medcoder.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.medcoder.coding.TrainingCase;

class CodiespEvaluationTest {

    private final CodiespCorpus dev = CodiespCorpus.read(MadeUpCorpus.folder(), "dev");

    @Test
    void crossValidate_twoFolds_eachDocumentCodedByAModelThatNeverSawIt() {
        List<Set<String>> trainedOn = new ArrayList<>();
        // A "coder" that memorizes its training cases: it can only score on a document it was trained on.
        Scorecard card = CodiespEvaluation.crossValidate(dev, 2, cases -> {
            Set<String> ids = new HashSet<>();
            cases.forEach(c -> ids.add(c.id()));
            trainedOn.add(ids);
            return (id, text) -> {
                TrainingCase seen = cases.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
                return seen == null ? new RankedCodes(List.of(), List.of())
                        : new RankedCodes(List.copyOf(seen.diagnoses()), List.copyOf(seen.procedures()));
            };
        }, ReleaseCheck.none(), ReleaseCheck.none());
        assertThat(trainedOn).containsExactly(Set.of("docB"), Set.of("docA"));
        assertThat(card.documents()).isEqualTo(2);
        assertThat(card.diagnoses().full().tp()).isZero();
        assertThat(card.diagnoses().full().fn()).isPositive();
    }

    @Test
    void crossValidate_oneFold_rejected() {
        assertThatThrownBy(() -> CodiespEvaluation.crossValidate(dev, 1, cases -> (id, text) -> null,
                ReleaseCheck.none(), ReleaseCheck.none())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--cv");
    }
}
