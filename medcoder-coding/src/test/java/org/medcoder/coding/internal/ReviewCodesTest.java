package org.medcoder.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

class ReviewCodesTest {

    private static final double THRESHOLD = 0.4;

    private final List<String> decisions = new ArrayList<>();
    private final BiConsumer<Proposal, String> decide = (p, why) -> decisions.add(p.code + ": " + why);

    private static List<Proposal> proposals(String... codes) {
        List<Proposal> out = new ArrayList<>();
        double p = 0.95;
        for (String c : codes) {
            out.add(new Proposal(c, p, new Candidate(c)));
            p -= 0.1;
        }
        return out;
    }

    @Test
    void after_codeRemovedByARule_keptBelowTheThresholdWithItsReason() {
        List<Proposal> proposed = proposals("J690", "J189");
        ReviewCodes review = ReviewCodes.before(proposed, THRESHOLD);
        Proposal dropped = proposed.get(1);
        review.decide(decide).accept(dropped, "Excludes1 with J69.0: not coded");
        proposed.remove(dropped);

        List<Proposal> out = review.after(proposed);

        assertThat(out).extracting(p -> p.code).containsExactly("J189");
        assertThat(out.get(0).probability).isLessThan(THRESHOLD)
                .isGreaterThanOrEqualTo(THRESHOLD - GuidelineRules.REVIEW_BAND);
        assertThat(out.get(0).guidelines).containsExactly("not proposed, for review only: Excludes1 with J69.0: not coded");
        assertThat(decisions).containsExactly("J189: Excludes1 with J69.0: not coded");
    }

    @Test
    void after_twoCodesRemoved_strongerStaysAhead() {
        List<Proposal> proposed = proposals("J690", "J189", "A419");
        ReviewCodes review = ReviewCodes.before(proposed, THRESHOLD);
        Proposal stronger = proposed.get(1);
        Proposal weaker = proposed.get(2);
        review.decide(decide).accept(weaker, "Excludes1 with J69.0: not coded");
        review.decide(decide).accept(stronger, "Excludes1 with J69.0: not coded");
        proposed.remove(stronger);
        proposed.remove(weaker);

        List<Proposal> out = review.after(proposed);

        assertThat(out).extracting(p -> p.code).containsExactlyInAnyOrder("J189", "A419");
        assertThat(stronger.probability).isLessThan(THRESHOLD).isGreaterThan(weaker.probability);
    }

    @Test
    void after_combinationCode_formerSeparateCodeKeptForReview() {
        List<Proposal> proposed = proposals("I10", "N189");
        ReviewCodes review = ReviewCodes.before(proposed, THRESHOLD);
        GuidelineRules.combine(proposed);

        List<Proposal> out = review.after(proposed);

        assertThat(proposed).extracting(p -> p.code).containsExactly("I129", "N189");
        assertThat(out).extracting(p -> p.code).containsExactly("I10");
        assertThat(out.get(0).probability).isLessThan(THRESHOLD);
        assertThat(out.get(0).guidelines).singleElement().asString()
                .startsWith("not proposed, for review only: reported as I12.9 (I.C.9.a");
        assertThat(proposed.get(0).probability).isEqualTo(0.95);
    }

    @Test
    void after_integralSymptom_keptForReviewCapped() {
        List<Proposal> proposed = proposals("R509", "J189");
        ReviewCodes review = ReviewCodes.before(proposed, THRESHOLD);
        GuidelineRules.dropIntegralSymptoms(proposed, review.decide(decide));

        List<Proposal> out = review.after(proposed);

        assertThat(out).extracting(p -> p.code).containsExactly("R509");
        assertThat(out.get(0).probability).isLessThan(THRESHOLD);
        assertThat(out.get(0).guidelines).singleElement().asString().contains("symptom integral to J18.9");
    }

    @Test
    void after_nothingChanged_nothingForReview() {
        List<Proposal> proposed = proposals("A239", "K3580");
        ReviewCodes review = ReviewCodes.before(proposed, THRESHOLD);
        assertThat(review.after(proposed)).isEmpty();
    }

    @Test
    void after_removedCodeStillProposedByAnother_notListedTwice() {
        List<Proposal> proposed = proposals("N1832", "N189", "N1832");
        ReviewCodes review = ReviewCodes.before(proposed, THRESHOLD);
        proposed.remove(1);
        proposed.remove(1);

        List<Proposal> out = review.after(proposed);

        assertThat(out).extracting(p -> p.code).containsExactly("N189");
    }
}
