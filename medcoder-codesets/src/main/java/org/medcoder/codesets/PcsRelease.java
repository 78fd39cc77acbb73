package org.medcoder.codesets;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.medcoder.core.PcsCode;

/**
 * One immutable ICD-10-PCS release: the tables (section, body system, root operation and the allowed values of
 * characters 4-7 per row), the definitions and the titles of the order file. Validity of any seven-character
 * code is decided from the tables.
 */
public interface PcsRelease {

    /** What this release is and where it came from. */
    ReleaseInfo info();

    /** Whether the tables allow this code. */
    boolean isValid(PcsCode code);

    /** The long title from the order file, when the code is valid. */
    Optional<String> title(PcsCode code);

    /** The abbreviated (60-character) title from the order file, when the code is valid. */
    Optional<String> shortTitle(PcsCode code);

    /** The table for the code's first three characters (section, body system, operation), if there is one. */
    Optional<PcsTable> table(PcsCode code);

    /** The table with this three-character prefix, e.g. {@code 0DT}. */
    Optional<PcsTable> table(String prefix);

    /** Every table in published order. */
    List<PcsTable> tables();

    /**
     * The meaning of each of the code's seven characters as the table prints it (section, body system, operation,
     * body part, approach, device, qualifier); empty when the tables do not allow the code.
     */
    List<PcsAxisValue> axisValues(PcsCode code);

    /** Every valid code, in table order (expanding every row). */
    Stream<PcsCode> codes();

    /** How many codes the tables allow. */
    long codeCount();

    /** The Definitions (operations, approaches, body parts and devices with what they include). */
    List<PcsDefinition> definitions();

    /** The device aggregation table of the Definitions file. */
    List<PcsDeviceAggregation> deviceAggregations();
}
