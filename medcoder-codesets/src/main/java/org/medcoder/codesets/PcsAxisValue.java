package org.medcoder.codesets;

import java.util.Objects;

/**
 * One value of an ICD-10-PCS axis as the tables print it, e.g. {@code 4} "Percutaneous Endoscopic" on the
 * approach axis.
 *
 * @param code  the character (0-9, A-Z without I and O)
 * @param label the label printed in the table
 */
public record PcsAxisValue(char code, String label) {

    public PcsAxisValue {
        Objects.requireNonNull(label, "label");
        if (!PcsAlphabet.isPcsCharacter(code)) {
            throw new IllegalArgumentException("not an ICD-10-PCS character: '" + code + "'");
        }
    }
}
