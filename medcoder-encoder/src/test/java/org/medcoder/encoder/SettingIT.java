package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Uncertain diagnoses by care setting on the official FY2026 files: outpatient codes the signs and symptoms
 * (Guidelines Section IV.H), inpatient codes the diagnosis as if established (Sections II.H, III.C).
 */
class SettingIT extends OnOfficialFiles {

    private static EncodeResult encode(String statement, Setting setting) {
        return encoder.encode(statement, EncodeOptions.defaults().withSetting(setting));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "chest pain, rule out myocardial infarction | R07.9 | I21.9",
        "fever due to suspected pneumonia | R50.9 | J18.9",
        "cough; r/o pneumonia | R05.9 | J18.9",
        "abdominal pain, questionable appendicitis | R10.9 | K37",
        "type 2 diabetes mellitus, rule out diabetic retinopathy | E11.9 | E11.319",
    })
    void encode_uncertainDiagnosisWithSymptom_bySetting(String statement, String outpatient, String inpatient) {
        assertThat(encode(statement, Setting.OUTPATIENT).codesText()).isEqualTo(outpatient);
        assertThat(encode(statement, Setting.INPATIENT).codesText()).isEqualTo(inpatient);
    }

    @Test
    void encode_outpatient_trailAndNotesCiteIvH() {
        EncodeResult r = encode("chest pain, rule out myocardial infarction", Setting.OUTPATIENT);
        assertThat(r.codes().get(0).trail().guidelines()).contains("IV.H");
        assertThat(r.codes().get(0).trail().tabular()).anyMatch(t -> t.contains("\"myocardial infarction\"")
                && t.contains("not coded"));
        assertThat(r.notes()).anyMatch(n -> n.contains("IV.H"));
        assertThat(r.questions()).anyMatch(q -> q.id().equals("uncertain"));
    }

    @Test
    void encode_inpatient_trailCitesIiHAndIiiCAndDropsIntegralSymptom() {
        EncodeResult r = encode("chest pain, rule out myocardial infarction", Setting.INPATIENT);
        assertThat(r.codes().get(0).trail().guidelines()).contains("II.H", "III.C");
        assertThat(r.notes()).anyMatch(n -> n.contains("I.B.5") && n.contains("R07.9"));
    }

    @Test
    void encode_outpatientNoSymptom_noCodeSaysWhyAndAsks() {
        for (String s : new String[] {"probable pneumonia", "pneumonia, probable", "rule out pulmonary embolism"}) {
            EncodeResult r = encode(s, Setting.OUTPATIENT);
            assertThat(r.codes()).as(s).isEmpty();
            assertThat(r.notes()).as(s).anyMatch(n -> n.contains("IV.H") && n.contains("not coded"));
            assertThat(r.questions()).as(s).extracting(OpenQuestion::id).containsExactly("uncertain");
        }
    }

    @Test
    void encode_inpatientNoSymptom_codedAsEstablished() {
        assertThat(encode("probable pneumonia", Setting.INPATIENT).codesText()).isEqualTo("J18.9");
        assertThat(encode("pneumonia, probable", Setting.INPATIENT).codesText()).isEqualTo("J18.9");
    }

    @Test
    void encode_outpatientConfirmedByProvider_codedAsEstablished() {
        EncodeOptions confirmed = EncodeOptions.defaults().withAnswer("uncertain", "confirmed");
        EncodeResult r = encoder.encode("chest pain, rule out myocardial infarction", confirmed);
        assertThat(r.codesText()).isEqualTo("I21.9");
        assertThat(r.notes()).anyMatch(n -> n.contains("confirmed by the provider"));
    }

    @Test
    void encode_defaultSetting_isOutpatient() {
        assertThat(encoder.encode("probable pneumonia").codes()).isEmpty();
        assertThat(EncodeOptions.defaults().setting()).isEqualTo(Setting.OUTPATIENT);
    }

    @Test
    void encode_certainStatement_sameInBothSettings() {
        String s = "acute on chronic systolic congestive heart failure";
        assertThat(encode(s, Setting.INPATIENT).codesText()).isEqualTo(encode(s, Setting.OUTPATIENT).codesText())
                .isEqualTo("I50.23");
        assertThat(encode(s, Setting.OUTPATIENT).notes()).isEmpty();
    }
}
