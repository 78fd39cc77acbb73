package org.medcoder.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medcoder.codesets.AppliedNote;
import org.medcoder.codesets.CodeRange;
import org.medcoder.codesets.NoteKind;
import org.medcoder.codesets.TabularNote;
import org.medcoder.core.IcdCmCode;
import org.medcoder.nlp.AnalyzedNote;
import org.medcoder.nlp.ClinicalPipeline;
import org.medcoder.nlp.Token;

class Excludes1RuleTest {

    private static final ClinicalPipeline PIPELINE = new ClinicalPipeline();
    private static final String SOURCE = "test-tabular.xml (FY2026)";

    /** A made-up Tabular: Excludes1 notes written at a category, titles for the "unspecified" test. */
    private final Map<String, List<AppliedNote>> notes = new HashMap<>();
    private final Map<String, String> titles = new HashMap<>();
    private final List<String> decisions = new ArrayList<>();
    private final Excludes1Rule rule = new Excludes1Rule(new Excludes1Rule.Tabular() {
        @Override
        public List<AppliedNote> notes(String code) {
            List<AppliedNote> out = new ArrayList<>();
            notes.forEach((at, list) -> {
                if (code.startsWith(at)) {
                    out.addAll(list);
                }
            });
            return out;
        }

        @Override
        public String title(String code) {
            return titles.getOrDefault(code, "");
        }
    });

    private AnalyzedNote note;

    private void excludes1(String at, String text, String first, String last) {
        TabularNote n = new TabularNote(NoteKind.EXCLUDES1, text,
                List.of(new CodeRange(IcdCmCode.parse(first), IcdCmCode.parse(last))), SOURCE);
        notes.computeIfAbsent(at, k -> new ArrayList<>()).add(new AppliedNote(n, "category", at));
    }

    private void excludes2(String at, String text, String code) {
        TabularNote n = new TabularNote(NoteKind.EXCLUDES2, text,
                List.of(new CodeRange(IcdCmCode.parse(code), IcdCmCode.parse(code))), SOURCE);
        notes.computeIfAbsent(at, k -> new ArrayList<>()).add(new AppliedNote(n, "category", at));
    }

    /** A proposal found by the dictionary at the {@code nth} (0-based) occurrence of {@code words}. */
    private Proposal found(String words, int nth, String code, double probability) {
        String[] w = words.split(" ");
        List<Token> t = note.tokens();
        int seen = 0;
        for (int i = 0; i + w.length <= t.size(); i++) {
            boolean match = true;
            for (int k = 0; k < w.length && match; k++) {
                match = t.get(i + k).term().equals(w[k]);
            }
            if (match && seen++ == nth) {
                ConceptHit hit = new ConceptHit(code, i, i + w.length, "test", w.length);
                Candidate c = CandidateGenerator.candidates(note, Map.of(), null, List.of(hit), true).get(code);
                return new Proposal(code, probability, c);
            }
        }
        throw new AssertionError("words not in text: " + words);
    }

    private List<String> apply(Proposal... proposals) {
        List<Proposal> list = new ArrayList<>(List.of(proposals));
        rule.apply(list, note, (p, why) -> decisions.add(p.code + ": " + why));
        return list.stream().map(p -> p.code).toList();
    }

    @Test
    void apply_specificPhraseContainsUnspecified_keepsSpecificEvenWhenLessConfident() {
        note = PIPELINE.analyze("Chest film: aspiration pneumonia after the seizure.");
        excludes1("J18", "aspiration pneumonia NOS (J69.0)", "J69.0", "J69.0");
        Proposal pneumonia = found("pneumonia", 0, "J189", 0.95);
        Proposal aspiration = found("aspiration pneumonia", 0, "J690", 0.70);

        assertThat(apply(pneumonia, aspiration)).containsExactly("J690");
        assertThat(decisions).singleElement().asString()
                .startsWith("J189: Excludes1 with J69.0")
                .contains("note at J18", "aspiration pneumonia NOS (J69.0)", SOURCE, "I.A.12.a");
        assertThat(aspiration.guidelines).contains("I.A.12.a Excludes1: J18.9 not coded with it");
    }

    @Test
    void apply_noteOnLowerRankedCode_stillFound_moreConfidentKept() {
        note = PIPELINE.analyze("Type 2 diabetes since 2010.\nLater notes say type 1 diabetes.");
        excludes1("E11", "type 1 diabetes mellitus (E10.-)", "E10", "E10");
        Proposal type1 = found("diabetes", 1, "E109", 0.90);
        Proposal type2 = found("diabetes", 0, "E119", 0.60);

        // Separate mentions, but both name diabetes: related conditions, one code (query the provider otherwise).
        assertThat(apply(type1, type2)).containsExactly("E109");
        assertThat(decisions).singleElement().asString().startsWith("E119: Excludes1 with E10.9");
    }

    @Test
    void apply_unspecifiedAgainstSpecified_keepsSpecified() {
        note = PIPELINE.analyze("Hypothyroidism noted in 2019.\nCongenital hypothyroidism confirmed by endocrinology.");
        excludes1("E03", "congenital hypothyroidism (E03.1)", "E03.1", "E03.1");
        titles.put("E039", "Hypothyroidism, unspecified");
        titles.put("E031", "Congenital hypothyroidism without goiter");
        Proposal unspecified = found("hypothyroidism", 0, "E039", 0.9);
        Proposal congenital = found("congenital hypothyroidism", 0, "E031", 0.8);

        assertThat(apply(unspecified, congenital)).containsExactly("E031");
    }

    @Test
    void apply_noteOnSymptomCode_keepsTheCodeTheNotePointsTo() {
        note = PIPELINE.analyze("Pain since Monday.\nAbdominal pain on palpation.");
        excludes1("R52", "abdomen pain (R10.-)", "R10", "R10");
        titles.put("R52", "Pain, unspecified");
        titles.put("R109", "Unspecified abdominal pain");
        Proposal pain = found("pain", 0, "R52", 0.9);
        Proposal abdominal = found("abdominal pain", 0, "R109", 0.5);

        assertThat(apply(pain, abdominal)).containsExactly("R109");
        assertThat(decisions).singleElement().asString().startsWith("R52: Excludes1 with R10.9");
    }

    @Test
    void apply_noteOnUnspecifiedCode_keepsTargetEvenWhenBothUnspecified() {
        note = PIPELINE.analyze("Hepatitis noted on admission.\nSerology confirmed hepatitis B.");
        excludes1("K759", "viral hepatitis (B15-B19)", "B15", "B19");
        titles.put("K759", "Inflammatory liver disease, unspecified");
        titles.put("B1910", "Unspecified viral hepatitis B without hepatic coma");
        Proposal liver = found("hepatitis", 0, "K759", 0.8);
        Proposal hepatitis = found("hepatitis b", 0, "B1910", 0.7);

        assertThat(apply(liver, hepatitis)).containsExactly("B1910");
    }

    @Test
    void apply_unrelatedConditions_bothCodedWithException() {
        // The guideline's own example (I.A.12.a): F45.8 for psychogenic dysmenorrhea with sleep related teeth grinding.
        note = PIPELINE.analyze("Psychogenic dysmenorrhea for years.\nHer partner reports teeth grinding at night.");
        excludes1("F458", "sleep related teeth grinding (G47.63)", "G47.63", "G47.63");
        Proposal somatoform = found("psychogenic dysmenorrhea", 0, "F458", 0.8);
        Proposal grinding = found("teeth grinding", 0, "G4763", 0.7);

        assertThat(apply(somatoform, grinding)).containsExactly("F458", "G4763");
        assertThat(decisions).isEmpty();
        assertThat(somatoform.guidelines).singleElement().asString().contains("I.A.12.a Excludes1 exception", "G47.63");
    }

    @Test
    void apply_sameWordsSupportBoth_oneCodeOnly() {
        note = PIPELINE.analyze("She grinds her teeth: teeth grinding during sleep.");
        excludes1("F458", "sleep related teeth grinding (G47.63)", "G47.63", "G47.63");
        Proposal somatoform = found("teeth grinding", 0, "F458", 0.6);
        Proposal grinding = found("teeth grinding", 0, "G4763", 0.7);

        assertThat(apply(somatoform, grinding)).containsExactly("G4763");
    }

    @Test
    void apply_structuredCodeWithoutEvidence_resolvedNotExcepted() {
        note = PIPELINE.analyze("Follow-up visit.");
        excludes1("E11", "type 1 diabetes mellitus (E10.-)", "E10", "E10");
        Proposal type1 = new Proposal("E109", 0.95, null);
        Proposal type2 = new Proposal("E119", 0.95, null);

        assertThat(apply(type1, type2)).containsExactly("E109");
    }

    @Test
    void apply_excludes2Only_bothKeptUntouched() {
        note = PIPELINE.analyze("Pneumonia and influenza this winter.");
        excludes2("J18", "influenza with pneumonia (J11.0-)", "J11.00");
        Proposal pneumonia = found("pneumonia", 0, "J189", 0.9);
        Proposal flu = found("influenza", 0, "J1100", 0.8);

        assertThat(apply(pneumonia, flu)).containsExactly("J189", "J1100");
        assertThat(decisions).isEmpty();
        assertThat(pneumonia.guidelines).isEmpty();
    }

    @Test
    void apply_chain_dropsOnlyTheMiddleCode() {
        // A excludes B, B excludes C, A and C may go together: dropping B resolves both conflicts.
        note = PIPELINE.analyze("Crohn colitis in 2015.\nUlcerative colitis on biopsy.\nColitis flare with diarrhea.");
        excludes1("K50", "ulcerative colitis (K51.-)", "K51", "K51");
        excludes1("K51", "noninfective colitis NOS (K52.9)", "K52.9", "K52.9");
        Proposal crohn = found("crohn colitis", 0, "K5090", 0.9);
        Proposal ulcerative = found("ulcerative colitis", 0, "K5190", 0.5);
        Proposal colitis = found("colitis", 2, "K529", 0.4);

        assertThat(apply(crohn, ulcerative, colitis)).containsExactly("K5090", "K529");
        assertThat(decisions).singleElement().asString().startsWith("K5190: Excludes1 with K50.90");
    }
}
