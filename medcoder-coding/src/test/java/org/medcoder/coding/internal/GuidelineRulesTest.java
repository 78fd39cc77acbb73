package org.medcoder.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medcoder.nlp.AnalyzedNote;
import org.medcoder.nlp.ClinicalPipeline;
import org.medcoder.nlp.Token;

class GuidelineRulesTest {

    private static final ClinicalPipeline PIPELINE = new ClinicalPipeline();

    private final List<String> decisions = new ArrayList<>();

    /** A proposal for {@code code} found by the dictionary at the first occurrence of {@code words} in the text. */
    private static Proposal found(String text, String words, String code) {
        AnalyzedNote note = PIPELINE.analyze(text);
        String[] w = words.split(" ");
        List<Token> t = note.tokens();
        for (int i = 0; i + w.length <= t.size(); i++) {
            boolean match = true;
            for (int k = 0; k < w.length && match; k++) {
                match = t.get(i + k).term().equals(w[k]);
            }
            if (match) {
                ConceptHit hit = new ConceptHit(code, i, i + w.length, "test", w.length);
                Candidate c = CandidateGenerator.candidates(note, Map.of(), null, List.of(hit), true).get(code);
                return new Proposal(code, 0.9, c);
            }
        }
        throw new AssertionError("words not in text: " + words);
    }

    private List<Proposal> context(Proposal p, boolean outpatient, boolean settingRules) {
        return GuidelineRules.applyContext(List.of(p), outpatient, settingRules, (x, why) -> decisions.add(x.code + ": " + why));
    }

    @Test
    void applyContext_negated_notCoded() {
        List<Proposal> out = context(found("The patient denies chest pain.", "chest pain", "R079"), false, true);
        assertThat(out).isEmpty();
        assertThat(decisions).containsExactly("R079: negated: not coded");
    }

    @Test
    void applyContext_noEvidenceOf_notCoded() {
        assertThat(context(found("Chest film: no evidence of pneumonia.", "pneumonia", "J189"), false, true)).isEmpty();
    }

    @Test
    void applyContext_affirmed_kept() {
        List<Proposal> out = context(found("Chest film shows pneumonia.", "pneumonia", "J189"), true, true);
        assertThat(out).extracting(p -> p.code).containsExactly("J189");
        assertThat(decisions).isEmpty();
    }

    @Test
    void applyContext_familyHistory_becomesFamilyHistoryCode() {
        List<Proposal> out = context(found("Her mother had breast cancer.", "breast cancer", "C50919"), false, true);
        assertThat(out).extracting(p -> p.code).containsExactly("Z803");
        assertThat(out.get(0).guidelines).anyMatch(g -> g.startsWith("I.C.21.c.4"));
    }

    @Test
    void applyContext_pastCancer_becomesPersonalHistoryCode() {
        List<Proposal> out = context(found("History of breast cancer treated in 2010.", "breast cancer", "C50919"), false, true);
        assertThat(out).extracting(p -> p.code).containsExactly("Z853");
        assertThat(out.get(0).derivedFrom).isEqualTo("C50919");
    }

    @Test
    void applyContext_pastChronicCondition_keptAsIs() {
        assertThat(context(found("History of hypertension.", "hypertension", "I10"), false, true))
                .extracting(p -> p.code).containsExactly("I10");
    }

    @Test
    void applyContext_uncertainOutpatient_notCoded() {
        List<Proposal> out = context(found("Probable pneumonia.", "pneumonia", "J189"), true, true);
        assertThat(out).isEmpty();
        assertThat(decisions.get(0)).contains("IV.H");
    }

    @Test
    void applyContext_uncertainInpatient_codedAsEstablished() {
        List<Proposal> out = context(found("Probable pneumonia.", "pneumonia", "J189"), false, true);
        assertThat(out).extracting(p -> p.code).containsExactly("J189");
        assertThat(out.get(0).guidelines).anyMatch(g -> g.startsWith("II.H"));
    }

    @Test
    void applyContext_uncertainOutpatientWithoutSettingRules_kept() {
        assertThat(context(found("Suspected pneumonia.", "pneumonia", "J189"), true, false)).hasSize(1);
    }

    @Test
    void applyContext_hypothetical_notCoded() {
        assertThat(context(found("Return if fever develops.", "fever", "R509"), true, true)).isEmpty();
        assertThat(decisions.get(0)).contains("hypothetical");
    }

    private List<Proposal> review(Proposal p, boolean outpatient) {
        return GuidelineRules.applyContext(List.of(p), outpatient, true, 0.4, (x, why) -> decisions.add(x.code + ": " + why));
    }

    @Test
    void applyContextWithCeiling_negated_keptBelowTheThresholdForReview() {
        List<Proposal> out = review(found("The patient denies chest pain.", "chest pain", "R079"), false);
        assertThat(out).extracting(p -> p.code).containsExactly("R079");
        assertThat(out.get(0).probability).isLessThan(0.4);
        assertThat(out.get(0).guidelines).anyMatch(g -> g.contains("negated: not coded"));
        assertThat(decisions).containsExactly("R079: negated: not coded");
    }

    @Test
    void applyContextWithCeiling_lowProbability_notRaised() {
        Proposal p = found("No fever.", "fever", "R509");
        p.probability = 0.1;
        assertThat(review(p, false).get(0).probability).isEqualTo(0.1);
    }

    @Test
    void applyContextWithCeiling_pastCancer_historyCodeProposedOriginalForReview() {
        List<Proposal> out = review(found("History of breast cancer treated in 2010.", "breast cancer", "C50919"), false);
        assertThat(out).extracting(p -> p.code).containsExactly("Z853", "C50919");
        assertThat(out.get(0).probability).isEqualTo(0.9);
        assertThat(out.get(1).probability).isLessThan(0.4);
    }

    @Test
    void applyContextWithCeiling_relativesCondition_removedFamilyHistoryCodeForReview() {
        // Was: Z80.3 proposed. III.A: a family history code "may be used" when it affects current care, which the
        // note has to say; the code is offered for review below the threshold, the relative's cancer is removed.
        List<Proposal> out = review(found("Her mother had breast cancer.", "breast cancer", "C50919"), false);
        assertThat(out).extracting(p -> p.code).containsExactly("Z803");
        assertThat(out.get(0).probability).isLessThan(0.4).isGreaterThan(0.39);
        assertThat(out.get(0).guidelines).anyMatch(g -> g.contains("III.A"));
    }

    @Test
    void applyContextWithCeiling_familyHistoryWithoutThreshold_proposed() {
        assertThat(context(found("Her mother had breast cancer.", "breast cancer", "C50919"), false, true))
                .extracting(p -> p.code, p -> p.probability).containsExactly(org.assertj.core.groups.Tuple.tuple("Z803", 0.9));
    }

    @Test
    void applyContextWithCeiling_negatedCodes_keepTheirOrderBelowTheThreshold() {
        // The coder reviews the stronger candidate first; both stay below the threshold (never proposed).
        Proposal strong = found("No fever.", "fever", "R509");
        Proposal weak = found("No cough.", "cough", "R05");
        strong.probability = 0.95;
        weak.probability = 0.6;
        List<Proposal> out = GuidelineRules.applyContext(List.of(weak, strong), false, true, 0.4, (x, why) -> { });
        assertThat(out).allMatch(p -> p.probability < 0.4 && p.probability > 0.4 - GuidelineRules.REVIEW_BAND);
        assertThat(strong.probability).isGreaterThan(weak.probability);
    }

    @Test
    void applyContextWithCeiling_uncertainOutpatient_forReview() {
        List<Proposal> out = review(found("Probable pneumonia.", "pneumonia", "J189"), true);
        assertThat(out).extracting(p -> p.probability).allMatch(p -> p < 0.4);
        assertThat(decisions.get(0)).contains("IV.H");
    }

    @Test
    void applyContext_everyOfManyMentionsNegated_notCoded() {
        // Ten negated mentions: the shares add up to 0.999... in floating point, still "every mention".
        String text = "No fever. ".repeat(10);
        AnalyzedNote note = PIPELINE.analyze(text);
        List<ConceptHit> hits = new ArrayList<>();
        for (int i = 0; i < note.tokens().size(); i++) {
            if (note.tokens().get(i).term().equals("fever")) {
                hits.add(new ConceptHit("R509", i, i + 1, "test", 1));
            }
        }
        Candidate c = CandidateGenerator.candidates(note, Map.of(), null, hits, true).get("R509");
        assertThat(context(new Proposal("R509", 0.9, c), false, true)).isEmpty();
    }

    @Test
    void applyContext_oneOfTwoMentionsAffirmed_coded() {
        String text = "No fever on admission. On day 3 she had fever.";
        AnalyzedNote note = PIPELINE.analyze(text);
        List<ConceptHit> hits = new ArrayList<>();
        for (int i = 0; i < note.tokens().size(); i++) {
            if (note.tokens().get(i).term().equals("fever")) {
                hits.add(new ConceptHit("R509", i, i + 1, "test", 1));
            }
        }
        Candidate c = CandidateGenerator.candidates(note, Map.of(), null, hits, true).get("R509");
        assertThat(context(new Proposal("R509", 0.9, c), false, true)).hasSize(1);
    }

    @Test
    void dropIntegralSymptoms_feverWithPneumonia_dropsFever() {
        List<Proposal> list = new ArrayList<>(List.of(new Proposal("J189", 0.9, null), new Proposal("R509", 0.8, null)));
        GuidelineRules.dropIntegralSymptoms(list, (p, why) -> decisions.add(p.code + ": " + why));
        assertThat(list).extracting(p -> p.code).containsExactly("J189");
        assertThat(decisions).singleElement().asString().startsWith("R509: ").contains("I.B.5");
    }

    @Test
    void dropIntegralSymptoms_feverWithHiv_keepsFever() {
        // Fever is not routinely part of HIV disease: coded beside it (I.B.6).
        List<Proposal> list = new ArrayList<>(List.of(new Proposal("B20", 0.9, null), new Proposal("R509", 0.8, null)));
        GuidelineRules.dropIntegralSymptoms(list, (p, why) -> decisions.add(why));
        assertThat(list).hasSize(2);
        assertThat(decisions).isEmpty();
    }

    @Test
    void dropIntegralSymptoms_chestPainWithAngina_dropsChestPain() {
        List<Proposal> list = new ArrayList<>(List.of(new Proposal("I209", 0.9, null), new Proposal("R079", 0.8, null)));
        GuidelineRules.dropIntegralSymptoms(list, (p, why) -> decisions.add(why));
        assertThat(list).extracting(p -> p.code).containsExactly("I209");
    }

    @Test
    void dropIntegralSymptoms_feverWithUnrelatedDiagnosis_keepsFever() {
        List<Proposal> list = new ArrayList<>(List.of(new Proposal("I10", 0.9, null), new Proposal("R509", 0.8, null)));
        GuidelineRules.dropIntegralSymptoms(list, (p, why) -> decisions.add(why));
        assertThat(list).hasSize(2);
    }

    @Test
    void combine_diabetesAndCkd_usesCombinationCode() {
        List<Proposal> list = new ArrayList<>(List.of(new Proposal("E119", 0.9, null), new Proposal("N183", 0.8, null)));
        GuidelineRules.combine(list);
        assertThat(list).extracting(p -> p.code).containsExactly("E1122", "N183");
    }

    @Test
    void combine_hypertensionWithHeartFailure_usesI110() {
        List<Proposal> list = new ArrayList<>(List.of(new Proposal("I10", 0.9, null), new Proposal("I509", 0.8, null)));
        GuidelineRules.combine(list);
        assertThat(list).extracting(p -> p.code).containsExactly("I110", "I509");
    }

    @Test
    void combine_hypertensionWithStage5CkdAndHeartFailure_usesI132() {
        List<Proposal> list = new ArrayList<>(List.of(new Proposal("I10", 0.9, null), new Proposal("N185", 0.8, null),
                new Proposal("I5022", 0.7, null)));
        GuidelineRules.combine(list);
        assertThat(list.get(0).code).isEqualTo("I132");
    }

    @Test
    void combine_hypertensionWithCkd_usesI129() {
        List<Proposal> list = new ArrayList<>(List.of(new Proposal("I10", 0.9, null), new Proposal("N183", 0.8, null)));
        GuidelineRules.combine(list);
        assertThat(list.get(0).code).isEqualTo("I129");
    }
}
