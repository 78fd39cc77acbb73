package org.medcoder.codesets;

import java.util.List;
import org.medcoder.core.PcsCode;

/**
 * One row of an ICD-10-PCS table: the values allowed for characters 4 to 7 (body part, approach, device,
 * qualifier). Every combination of one value per axis is a valid code.
 *
 * @param axes the four axes, positions 4, 5, 6 and 7 in that order
 */
public record PcsRow(List<PcsAxis> axes) {

    public PcsRow {
        axes = List.copyOf(axes);
        if (axes.size() != 4) {
            throw new IllegalArgumentException("a PCS table row has axes 4-7, got " + axes.size() + " axes");
        }
        for (int i = 0; i < 4; i++) {
            if (axes.get(i).position() != i + 4) {
                throw new IllegalArgumentException("PCS row axis " + (i + 1) + " has position "
                        + axes.get(i).position() + ", expected " + (i + 4));
            }
        }
    }

    /** The axis at a character position 4..7. */
    public PcsAxis axis(int position) {
        if (position < 4 || position > 7) {
            throw new IllegalArgumentException("PCS row positions are 4..7, was " + position);
        }
        return axes.get(position - 4);
    }

    /** Whether characters 4-7 of the code are a combination this row allows. */
    public boolean allows(PcsCode code) {
        for (int p = 4; p <= 7; p++) {
            if (axis(p).value(code.axis(p)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** How many codes this row expands to (the product of the axis sizes). */
    public long codeCount() {
        long n = 1;
        for (PcsAxis a : axes) {
            n *= a.values().size();
        }
        return n;
    }
}
