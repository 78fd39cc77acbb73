package org.medcoder.codesets;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the ICD-10-PCS Definitions: the meaning of an axis value in a section, e.g. section 0, axis 3
 * (Operation) "Resection": "Cutting out or off, without replacement, all of a body part", or a body part with the
 * anatomical terms it includes.
 *
 * @param section     the section character, e.g. {@code 0} Medical and Surgical
 * @param position    the axis position the term belongs to (3 operation, 4 body part, 5 approach, 6 device ...)
 * @param axisTitle   the axis title, e.g. {@code Operation}
 * @param titles      the value titles the entry defines (body parts often come as a Left/Right pair)
 * @param definition  the definition, or empty
 * @param explanation the explanation, or empty
 * @param includes    the terms it includes (e.g. "Hallux" for "1st Toe, Left"), in published order
 */
public record PcsDefinition(char section, int position, String axisTitle, List<String> titles, String definition,
        String explanation, List<String> includes) {

    public PcsDefinition {
        Objects.requireNonNull(axisTitle, "axisTitle");
        titles = List.copyOf(titles);
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(explanation, "explanation");
        includes = List.copyOf(includes);
    }
}
