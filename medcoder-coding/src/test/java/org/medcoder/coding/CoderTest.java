package org.medcoder.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medcoder.core.CodeSystem;

class CoderTest {

    private static final String[][] CONDITIONS = {
        {"brucellosis", "A239"}, {"pneumonia", "J189"}, {"hypertension", "I10"}, {"appendicitis", "K3580"},
        {"anemia", "D649"}, {"pulmonary embolism", "I2699"},
    };
    private static final String[] FILLER = {"The patient was admitted.", "Vital signs were stable.",
        "Blood tests were ordered.", "She was discharged home.", "Treatment was started."};

    private static Coder coder;

    /** A synthetic coded corpus (made up here): each case names two conditions and negates a third one. */
    @BeforeAll
    static void train() {
        Random r = new Random(7);
        List<TrainingCase> cases = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int a = r.nextInt(CONDITIONS.length);
            int b = (a + 1 + r.nextInt(CONDITIONS.length - 1)) % CONDITIONS.length;
            int n = r.nextInt(CONDITIONS.length);
            String text = FILLER[r.nextInt(FILLER.length)] + "\nDiagnosed with " + CONDITIONS[a][0] + ".\n"
                    + "Known " + CONDITIONS[b][0] + ".\n" + (n != a && n != b ? "No evidence of " + CONDITIONS[n][0] + ".\n" : "")
                    + FILLER[r.nextInt(FILLER.length)];
            cases.add(new TrainingCase("t" + i, text, Set.of(CONDITIONS[a][1], CONDITIONS[b][1]),
                    a == 3 || b == 3 ? Set.of("0DTJ4ZZ") : Set.of()));
        }
        coder = Coder.train(cases, Optional.empty(), Optional.empty(), true);
    }

    private static CodingResult code(String text, Setting setting) {
        return coder.code(ClinicalDocument.ofText("doc", text), CodingOptions.of(setting, LocalDate.of(2025, 10, 1)));
    }

    @Test
    void code_affirmedAndNegated_proposesOnlyAffirmedWithEvidenceOffsets() {
        String text = "Diagnosed with pneumonia.\nNo evidence of anemia.";
        CodingResult r = code(text, Setting.INPATIENT);

        assertThat(r.diagnoses()).extracting(ProposedCode::code).contains("J18.9").doesNotContain("D64.9");
        for (ProposedCode c : r.diagnoses()) {
            assertThat(c.confidence()).isBetween(0.0, 1.0);
            for (Evidence e : c.evidence()) {
                assertThat(e.quote()).isEqualTo(e.span().in(text));
            }
        }
        ProposedCode pneumonia = r.diagnoses().stream().filter(c -> c.code().equals("J18.9")).findFirst().orElseThrow();
        assertThat(pneumonia.evidence()).isNotEmpty();
        assertThat(pneumonia.evidence().get(0).quote()).containsIgnoringCase("pneumonia");
        assertThat(pneumonia.evidence().get(0).source()).startsWith("learned:");
    }

    @Test
    void code_confidence_isNotConstant() {
        CodingResult r = code("Diagnosed with pneumonia and brucellosis. Possible hypertension.", Setting.INPATIENT);
        List<Double> all = new ArrayList<>();
        r.diagnoses().forEach(c -> all.add(c.confidence()));
        r.suggestions().forEach(c -> all.add(c.confidence()));
        assertThat(all.stream().distinct().count()).isGreaterThan(1);
    }

    @Test
    void code_uncertainOutpatient_notCodedButInpatientCoded() {
        String text = "Suspected brucellosis.";
        assertThat(code(text, Setting.OUTPATIENT).diagnoses()).extracting(ProposedCode::code).doesNotContain("A23.9");
        assertThat(code(text, Setting.OUTPATIENT).decisions()).anyMatch(d -> d.decision().contains("IV.H"));
        CodingResult inpatient = code(text, Setting.INPATIENT);
        assertThat(inpatient.decisions()).noneMatch(d -> d.code().equals("A23.9"));
        List<String> ranked = new ArrayList<>();
        inpatient.diagnoses().forEach(c -> ranked.add(c.code()));
        inpatient.suggestions().forEach(c -> ranked.add(c.code()));
        assertThat(ranked).contains("A23.9");
    }

    @Test
    void code_structuredCondition_addsEvidenceToTheSameCode() throws IOException {
        FhirInput in = FhirDocuments.parse(FhirDocumentsTest.fixture("discharge-bundle.json"), "b1");
        CodingResult r = coder.code(in.document(), CodingOptions.of(Setting.INPATIENT, LocalDate.of(2025, 11, 4)));

        List<ProposedCode> pneumonia = r.diagnoses().stream().filter(c -> c.code().equals("J18.9")).toList();
        assertThat(pneumonia).hasSize(1);
        assertThat(pneumonia.get(0).evidence()).anyMatch(e -> e.source().startsWith("structured Condition/cond1"))
                .anyMatch(e -> e.source().startsWith("learned:"));
        assertThat(r.procedures()).extracting(ProposedCode::system, ProposedCode::code)
                .contains(org.assertj.core.groups.Tuple.tuple(CodeSystem.ICD10PCS, "BW03ZZZ"));
        assertThat(r.principal()).startsWith("J18.9");
    }

    @Test
    void code_withoutLearnedStatisticsOrCodeSets_proposesOnlyStructuredCodes() throws IOException {
        FhirInput in = FhirDocuments.parse(FhirDocumentsTest.fixture("discharge-bundle.json"), "b1");
        CodingResult r = Coder.withoutTraining(Optional.empty(), Optional.empty())
                .code(in.document(), CodingOptions.of(Setting.INPATIENT, LocalDate.of(2025, 11, 4)));
        assertThat(r.diagnoses()).extracting(ProposedCode::code).containsExactly("J18.9");
    }
}
