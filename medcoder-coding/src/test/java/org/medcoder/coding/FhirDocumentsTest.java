package org.medcoder.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.medcoder.core.CodeSystem;

class FhirDocumentsTest {

    static String fixture(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/fhir/r4/" + name), StandardCharsets.UTF_8);
    }

    @Test
    void parse_bundle_readsNarrativeCodesSettingAndDate() throws IOException {
        FhirInput in = FhirDocuments.parse(fixture("discharge-bundle.json"), "b1");

        assertThat(in.document().id()).isEqualTo("b1");
        assertThat(in.document().text()).contains("Hospital course:", "community-acquired pneumonia", "Pneumonia");
        assertThat(in.document().structured()).extracting(StructuredCode::system, StructuredCode::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CodeSystem.ICD10CM, "J18.9"),
                        org.assertj.core.groups.Tuple.tuple(CodeSystem.ICD10PCS, "BW03ZZZ"));
        assertThat(in.document().structured().get(0).source()).isEqualTo("Condition/cond1 code.coding[0]");
        assertThat(in.setting()).contains(Setting.INPATIENT);
        assertThat(in.date()).contains(LocalDate.of(2025, 11, 4));
    }

    @Test
    void parse_documentReference_decodesTextAttachment() throws IOException {
        FhirInput in = FhirDocuments.parse(fixture("document-reference.json"), "d1");
        assertThat(in.document().text()).contains("Denies chest pain");
        assertThat(in.setting()).isEmpty();
    }

    @Test
    void parse_malformedJson_clearMessageWithoutContent() {
        assertThatThrownBy(() -> FhirDocuments.parse("{\"resourceType\": \"Condition\", \"secret note", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("malformed FHIR JSON")
                .hasMessageNotContaining("secret note");
    }

    @Test
    void parse_parserQuotesTheValue_messageRedactsIt() {
        // HAPI/Jackson quote the offending token or attribute value; a name or a date there is PHI.
        String[] inputs = {
            "{\"resourceType\": \"Bundle\", \"id\": SMITHJOHN}",
            "{\"resourceType\": \"Condition\", \"onsetDateTime\": \"SMITH-1962-03-04\"}",
            "{\"resourceType\": \"Bundle\", SMITHJOHN: 1}",
            "{\"resourceType\": \"SMITHJOHN\"}",
        };
        for (String json : inputs) {
            assertThatThrownBy(() -> FhirDocuments.parse(json, "x"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("malformed FHIR JSON")
                    .hasMessageNotContaining("SMITH").hasMessageNotContaining("(code ");
        }
    }

    @Test
    void redacted_elementNameKept_valueRemoved() {
        assertThat(FhirDocuments.redacted("HAPI-1821: [element=\"onsetDateTime\"] Invalid attribute value \"1962\": bad\nat line 3"))
                .isEqualTo("HAPI-1821: [element=\"onsetDateTime\"] Invalid attribute value \"…\": bad");
    }

    @Test
    void parse_unsupportedResource_saysWhatIsExpected() {
        assertThatThrownBy(() -> FhirDocuments.parse("{\"resourceType\": \"Patient\", \"id\": \"p\"}", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing to code");
    }
}
