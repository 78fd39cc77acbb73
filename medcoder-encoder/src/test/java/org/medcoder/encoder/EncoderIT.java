package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medcoder.codesets.IcdCmRelease;

/** The encoder on the official FY2026 files: the issue's examples, the evaluation sets, bad input. */
class EncoderIT {

    private static Encoder encoder;
    private static IcdCmRelease release;

    @BeforeAll
    static void load() {
        release = OfficialRelease.fy2026();
        encoder = Encoder.forRelease(release);
    }

    @Test
    void addedSinceNotes_officialFiles_knowsCodesNewerThanTheFy2023Xml() {
        // R10.A- (flank pain) is new in FY2024; R10.9 and the 7th-character codes of S22.32 were in FY2023.
        assertThat(release.addedSinceNotes(org.medcoder.core.IcdCmCode.parse("R10.A2"))).isTrue();
        assertThat(release.addedSinceNotes(org.medcoder.core.IcdCmCode.parse("R10.9"))).isFalse();
        assertThat(release.addedSinceNotes(org.medcoder.core.IcdCmCode.parse("S22.32XA"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Statements written for this test (not from an evaluation set): codes added since the FY2023 index,
        // traumatic fractures by default, paired codes' own notes, group subterms.
        "right flank pain | R10.A1",
        "pain in the suprapubic region | R10.24",
        "fracture of one rib, right side, initial encounter | S22.31XA",
        "hypertensive chronic kidney disease with ESRD on hemodialysis | I12.0 N18.6 Z99.2",
        "hemiplegia following cerebral infarction affecting left dominant side | I69.352",
    })
    void encode_generalRules_officialFiles(String statement, String expected) {
        assertThat(encoder.encode(statement, EncodeOptions.defaults()).codesText()).isEqualTo(expected.strip());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "type 2 diabetes mellitus with diabetic chronic kidney disease, stage 3a | E11.22 N18.31",
        "hypertension with stage 4 chronic kidney disease | I12.9 N18.4",
        "acute on chronic systolic congestive heart failure | I50.23",
        "pneumonia due to Streptococcus pneumoniae | J13",
        "displaced transverse fracture of shaft of right femur, initial encounter | S72.321A",
        "acute appendicitis with perforation, localized peritonitis and gangrene | K35.32",
        "urinary tract infection due to E. coli | N39.0 B96.20",
        "hypertensive heart and chronic kidney disease with heart failure and stage 5 chronic kidney disease | I13.2 I50.9 N18.5",
        "bilateral primary osteoarthritis of knee | M17.0",
        "acidosis | E87.20",
        "secondary malignant neoplasm of bone | C79.51",
        "adverse effect of oxycodone, initial encounter | T40.2X5A",
    })
    void encode_issueExamples_giveTheCodeSetInSequence(String statement, String codes) {
        assertThat(encoder.encode(statement).codesText()).isEqualTo(codes);
    }

    @Test
    void encode_diabeticCkd_trailNamesIndexPathNoteAndGuidelines() {
        EncodeResult r = encoder.encode("type 2 diabetes mellitus with diabetic chronic kidney disease, stage 3a");
        Trail first = r.codes().get(0).trail();
        assertThat(first.indexPath()).startsWith("Diabetes, diabetic").contains("type 2", "with", "chronic kidney disease");
        assertThat(first.guidelines()).contains("I.B.1", "I.A.15", "I.C.4.a");
        assertThat(first.release()).isEqualTo("ICD-10-CM FY2026");
        assertThat(r.codes().get(1).trail().indexPath()).contains("E11.22", "N18");
    }

    @Test
    void encode_missingLaterality_takesUnspecifiedAndAsks() {
        EncodeResult r = encoder.encode("primary osteoarthritis of hip");
        assertThat(r.codesText()).isEqualTo("M16.10");
        assertThat(r.questions()).anySatisfy(q -> assertThat(q.answers()).extracting(OpenQuestion.Answer::value)
                .contains("M16.11", "M16.12"));
        assertThat(encoder.encode("primary osteoarthritis of hip",
                EncodeOptions.defaults().withAnswer(r.questions().get(0).id(), "M16.12")).codesText()).isEqualTo("M16.12");
    }

    @Test
    void encode_injuryWithCause_externalCauseFollowsWithSameEncounter() {
        EncodeResult r = encoder.encode("fracture of left patella due to fall from ladder, subsequent encounter");
        assertThat(r.codesText()).isEqualTo("S82.002D W11.XXXD");
        assertThat(r.codes().get(1).trail().indexPath()).startsWith("Index to External Causes: Fall");
        assertThat(r.codes().get(1).trail().guidelines()).contains("I.C.20.a");
        // A poisoning's T code already says how it happened: no external cause code (I.C.19.e.5).
        assertThat(encoder.encode("poisoning by acetaminophen, accidental, initial encounter").codesText())
                .isEqualTo("T39.1X1A");
    }

    @Test
    void encode_familyHistoryOfSiteTheIndexLacks_takesCodeWhoseInclusionTermCoversTheCondition() {
        EncodeResult r = encoder.encode("family history of malignant neoplasm of gallbladder");
        assertThat(r.codesText()).isEqualTo("Z80.0");
        assertThat(r.codes().get(0).trail().tabular()).anySatisfy(t -> assertThat(t).contains("C15-C26", "C23"));
        assertThat(r.codes().get(0).trail().guidelines()).contains("I.A.11");
    }

    @Test
    void encode_drugNamedAsCause_conditionIsDrugInducedAndAdverseEffectFollows() {
        assertThat(encoder.encode("hypothyroidism due to amiodarone").codesText()).isEqualTo("E03.2 T46.2X5A");
        assertThat(encoder.encode("hypothyroidism due to medication").codesText()).isEqualTo("E03.2");
    }

    @Test
    void encode_manifestationInDiseaseClassifiedElsewhere_isSequencedAfterEtiology() {
        assertThat(encoder.encode("anemia in chronic kidney disease").codesText()).isEqualTo("N18.9 D63.1");
    }

    @Test
    void encode_evaluationSets_reachTarget() throws IOException {
        for (String set : List.of("encoder/statements.tsv", "encoder/holdout.tsv", "encoder/holdout2.tsv")) {
            EncoderEvaluation e = EncoderEvaluation.run(encoder, cases(set));
            assertThat(e.exactRate()).as(set).isGreaterThanOrEqualTo(0.95);
        }
    }

    @Test
    void encode_badInput_noEntryWithNearestTermsAndNoException() {
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        for (String bad : List.of("", "   ", "asdf", "x".repeat(1_000_000), new String(binary, StandardCharsets.ISO_8859_1))) {
            EncodeResult r = encoder.encode(bad);
            assertThat(r.found()).isFalse();
        }
        assertThat(encoder.encode("asdf").nearestTerms()).isNotEmpty();
    }

    private static List<EncoderEvaluation.Case> cases(String resource) throws IOException {
        try (var in = EncoderIT.class.getClassLoader().getResourceAsStream(resource)) {
            List<EncoderEvaluation.Case> out = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                EncoderEvaluation.Case c = EncoderEvaluation.Case.parse(i + 1, lines[i]);
                if (c != null) {
                    out.add(c);
                }
            }
            return out;
        }
    }
}
