package org.medcoder.codesets;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One axis (character position) of an ICD-10-PCS table or table row with the values it allows, e.g. position 5
 * "Approach" with 0 Open, 3 Percutaneous, 4 Percutaneous Endoscopic.
 *
 * @param position the character position, 1 (section) to 7 (qualifier)
 * @param title    the axis title as printed, e.g. {@code Body Part}
 * @param values   the allowed values in published order (at least one)
 */
public record PcsAxis(int position, String title, List<PcsAxisValue> values) {

    public PcsAxis {
        if (position < 1 || position > 7) {
            throw new IllegalArgumentException("PCS axis position must be 1..7, was " + position);
        }
        Objects.requireNonNull(title, "title");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("PCS axis " + position + " (" + title + ") has no values");
        }
    }

    /** The value with this character, when the axis allows it. */
    public Optional<PcsAxisValue> value(char code) {
        for (PcsAxisValue v : values) {
            if (v.code() == code) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** The allowed characters as a bit set over {@link PcsAlphabet} ordinals. */
    public long mask() {
        long m = 0;
        for (PcsAxisValue v : values) {
            m |= 1L << PcsAlphabet.ordinal(v.code());
        }
        return m;
    }
}
