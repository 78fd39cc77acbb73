package org.medcoder.codesets.icd10pcs;

import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.medcoder.codesets.PcsAlphabet;
import org.medcoder.codesets.PcsDefinition;
import org.medcoder.codesets.PcsDeviceAggregation;
import org.medcoder.codesets.internal.XmlCursor;

/**
 * Reads the official ICD-10-PCS Definitions XML ({@code icd10pcs_definitions_YYYY.xml}):
 * {@code section@code} &gt; {@code axis@pos} &gt; {@code terms} ({@code title}+, {@code definition},
 * {@code explanation}, {@code includes}*), and {@code deviceAggregation} &gt; {@code aggregate}
 * ({@code device}, {@code operation}, {@code bodySys}*, {@code parent@value}).
 */
final class PcsDefinitionsReader {

    /** The definitions and the device aggregation table. */
    record Result(List<PcsDefinition> definitions, List<PcsDeviceAggregation> aggregations) {
    }

    private final XmlCursor xml;
    private final List<PcsDefinition> definitions = new ArrayList<>();
    private final List<PcsDeviceAggregation> aggregations = new ArrayList<>();

    private PcsDefinitionsReader(XmlCursor xml) {
        this.xml = xml;
    }

    /** Reads the whole file; a malformed or cut-off file is an error naming the file and line. */
    static Result read(InputStream in, String source) {
        try (XmlCursor xml = XmlCursor.events(in, source)) {
            PcsDefinitionsReader r = new PcsDefinitionsReader(xml);
            r.readDocument();
            return new Result(List.copyOf(r.definitions), List.copyOf(r.aggregations));
        }
    }

    private void readDocument() {
        if (xml.next() != START_ELEMENT || !xml.name().equals("ICD10PCS.definitions")) {
            throw xml.lineError("expected root element <ICD10PCS.definitions>");
        }
        while (xml.next() == START_ELEMENT) {
            switch (xml.name()) {
                case "section" -> readSection(character(xml.requiredAttribute("code")));
                case "deviceAggregation" -> readAggregations();
                default -> xml.skipElement();
            }
        }
        if (xml.next() != javax.xml.stream.XMLStreamConstants.END_DOCUMENT) {
            throw xml.lineError("content after </ICD10PCS.definitions>");
        }
    }

    private void readSection(char section) {
        while (xml.next() == START_ELEMENT) {
            if (xml.name().equals("axis")) {
                readAxis(section, position(xml.requiredAttribute("pos")));
            } else {
                xml.skipElement();
            }
        }
    }

    private void readAxis(char section, int pos) {
        String axisTitle = "";
        while (xml.next() == START_ELEMENT) {
            switch (xml.name()) {
                case "title" -> axisTitle = xml.elementText();
                case "terms" -> readTerms(section, pos, axisTitle);
                default -> xml.skipElement();
            }
        }
    }

    private void readTerms(char section, int pos, String axisTitle) {
        List<String> titles = new ArrayList<>();
        List<String> includes = new ArrayList<>();
        String definition = "";
        String explanation = "";
        while (xml.next() == START_ELEMENT) {
            switch (xml.name()) {
                case "title" -> titles.add(xml.elementText());
                case "definition" -> definition = xml.elementText();
                case "explanation" -> explanation = xml.elementText();
                case "includes" -> includes.add(xml.elementText());
                default -> xml.skipElement();
            }
        }
        if (titles.isEmpty()) {
            throw xml.lineError("<terms> without a <title>");
        }
        definitions.add(new PcsDefinition(section, pos, axisTitle, titles, definition, explanation, includes));
    }

    private void readAggregations() {
        while (xml.next() == START_ELEMENT) {
            if (xml.name().equals("aggregate")) {
                readAggregate();
            } else {
                xml.skipElement();
            }
        }
    }

    private void readAggregate() {
        String device = "";
        String operation = "";
        List<String> bodySystems = new ArrayList<>();
        char parentCode = 0;
        String parent = "";
        while (xml.next() == START_ELEMENT) {
            switch (xml.name()) {
                case "device" -> device = xml.elementText();
                case "operation" -> operation = xml.elementText();
                case "bodySys" -> bodySystems.add(xml.elementText());
                case "parent" -> {
                    parentCode = character(xml.requiredAttribute("value"));
                    parent = xml.elementText();
                }
                default -> xml.skipElement();
            }
        }
        if (parentCode == 0) {
            throw xml.lineError("<aggregate> for '" + device + "' has no <parent value=...>");
        }
        aggregations.add(new PcsDeviceAggregation(device, operation, bodySystems, parentCode, parent));
    }

    private char character(String code) {
        String c = code.strip();
        if (c.length() != 1 || !PcsAlphabet.isPcsCharacter(c.charAt(0))) {
            throw xml.lineError("'" + code + "' is not a single ICD-10-PCS character");
        }
        return c.charAt(0);
    }

    private int position(String pos) {
        try {
            int p = Integer.parseInt(pos.strip());
            if (p >= 1 && p <= 7) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw xml.lineError("<axis pos=\"" + pos + "\">: position must be 1..7");
    }
}
