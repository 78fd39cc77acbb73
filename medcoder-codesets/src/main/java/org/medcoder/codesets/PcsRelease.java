package org.medcoder.codesets;

import java.util.Optional;
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
}
