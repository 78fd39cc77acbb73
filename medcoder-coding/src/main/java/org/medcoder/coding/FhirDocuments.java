package org.medcoder.coding;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;
import org.medcoder.core.CodeSystem;

/**
 * Reads FHIR R4 JSON (a Bundle or a single Composition, DocumentReference, Condition, Procedure or Encounter) into a
 * document to code, with HAPI FHIR and one shared {@link FhirContext}. Narrative comes from Composition sections,
 * DocumentReference attachments (text/plain) and resource narratives; ICD-10-CM and ICD-10-PCS codings of
 * Conditions and Procedures become structured evidence, and their text joins the narrative.
 */
public final class FhirDocuments {

    static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";
    static final List<String> ICD10PCS = List.of("http://www.cms.gov/Medicare/Coding/ICD10", "http://hl7.org/fhir/sid/icd-10-pcs");

    /** Creating a FhirContext is expensive (it scans the model): one, shared, made on first use. */
    private static final class Shared {
        static final FhirContext R4 = FhirContext.forR4();
    }

    private FhirDocuments() {
    }

    /**
     * Parses FHIR JSON.
     *
     * @param id the document id to use (e.g. the file name without extension)
     * @throws IllegalArgumentException with the parser's message (never the content) when the JSON is malformed or
     *                                  is not one of the supported resources
     */
    public static FhirInput parse(String json, String id) {
        IBaseResource resource;
        try {
            resource = Shared.R4.newJsonParser().parseResource(json);
        } catch (DataFormatException | ClassCastException e) {
            throw new IllegalArgumentException("malformed FHIR JSON: " + redacted(e.getMessage()));
        }
        Reader r = new Reader();
        if (resource instanceof Bundle b) {
            b.getEntry().forEach(e -> r.read(e.getResource()));
        } else if (resource instanceof Resource res) {
            r.read(res);
        }
        if (!r.any) {
            throw new IllegalArgumentException("FHIR " + resource.fhirType()
                    + ": nothing to code (expected Bundle, Composition, DocumentReference, Condition, Procedure or Encounter)");
        }
        return new FhirInput(new ClinicalDocument(id, r.text.toString(), r.codes), r.setting, r.date);
    }

    /**
     * The first line of a parser message with every quoted value replaced by an ellipsis: HAPI and Jackson quote
     * the offending token or attribute value, which is the record's content (a name, a date) and must not reach a
     * log (PHI). Element names ({@code element="onsetDateTime"}) are structure and stay.
     */
    static String redacted(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        String s = nl < 0 ? message : message.substring(0, nl);
        s = s.replaceAll("element=\"([A-Za-z0-9_.\\[\\]]*)\"", "element=<$1>");
        s = s.replaceAll("'[^']*'", "'…'").replaceAll("\"[^\"]*\"", "\"…\"").replaceAll(" ?\\(code \\d+\\)", "");
        return s.replaceAll("element=<([^>]*)>", "element=\"$1\"");
    }

    /** Gathers narrative and codes from resources as they come. */
    private static final class Reader {
        final StringBuilder text = new StringBuilder();
        final List<StructuredCode> codes = new ArrayList<>();
        Optional<Setting> setting = Optional.empty();
        Optional<LocalDate> date = Optional.empty();
        boolean any;

        void read(Resource resource) {
            if (resource instanceof Composition c) {
                any = true;
                narrative(c);
                c.getSection().forEach(s -> paragraph(s.getTitle(), s.hasText() ? s.getText().getDivAsString() : ""));
            } else if (resource instanceof DocumentReference d) {
                any = true;
                d.getContent().forEach(c -> attachment(c.getAttachment()));
            } else if (resource instanceof Condition c) {
                any = true;
                concept(c.getCode(), CodeSystem.ICD10CM, "Condition/" + c.getIdElement().getIdPart());
            } else if (resource instanceof Procedure p) {
                any = true;
                concept(p.getCode(), CodeSystem.ICD10PCS, "Procedure/" + p.getIdElement().getIdPart());
            } else if (resource instanceof Encounter e) {
                any = true;
                encounter(e);
            }
        }

        private void narrative(DomainResource r) {
            if (r.hasText() && r.getText().hasDiv()) {
                paragraph("", r.getText().getDivAsString());
            }
        }

        private void attachment(Attachment a) {
            String type = a.hasContentType() ? a.getContentType().toLowerCase(Locale.ROOT) : "text/plain";
            if (a.hasData() && type.startsWith("text/")) {
                paragraph("", new String(a.getData(), StandardCharsets.UTF_8));
            }
        }

        private void concept(CodeableConcept concept, CodeSystem system, String source) {
            String display = concept.hasText() ? concept.getText() : "";
            for (int i = 0; i < concept.getCoding().size(); i++) {
                Coding c = concept.getCoding().get(i);
                boolean match = system == CodeSystem.ICD10CM ? ICD10CM.equals(c.getSystem()) : ICD10PCS.contains(c.getSystem());
                if (match && c.hasCode()) {
                    codes.add(new StructuredCode(system, c.getCode(), c.hasDisplay() ? c.getDisplay() : display,
                            source + " code.coding[" + i + "]"));
                }
                if (display.isEmpty() && c.hasDisplay()) {
                    display = c.getDisplay();
                }
            }
            paragraph("", display);
        }

        private void encounter(Encounter e) {
            if (e.hasClass_()) {
                String cls = e.getClass_().getCode() == null ? "" : e.getClass_().getCode().toUpperCase(Locale.ROOT);
                if (List.of("IMP", "ACUTE", "NONAC", "PRENC").contains(cls)) {
                    setting = Optional.of(Setting.INPATIENT);
                } else if (List.of("AMB", "EMER", "VR", "HH", "FLD", "OBSENC", "SS").contains(cls)) {
                    setting = Optional.of(Setting.OUTPATIENT);
                }
            }
            if (e.hasPeriod()) {
                java.util.Date d = e.getPeriod().hasEnd() ? e.getPeriod().getEnd() : e.getPeriod().getStart();
                if (d != null) {
                    date = Optional.of(d.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
                }
            }
        }

        private void paragraph(String title, String content) {
            String plain = content.replaceAll("(?i)<br\\s*/?>|</p>|</li>|</div>|</tr>", "\n").replaceAll("<[^>]+>", " ")
                    .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&nbsp;", " ");
            if (!title.isBlank()) {
                text.append(title.strip()).append(":\n");
            }
            if (!plain.isBlank()) {
                text.append(plain.strip()).append("\n\n");
            }
        }
    }
}
