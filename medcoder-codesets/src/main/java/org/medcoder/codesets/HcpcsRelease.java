package org.medcoder.codesets;

import java.util.Optional;
import org.medcoder.core.HcpcsCode;

/** One immutable HCPCS Level II release (the CMS alpha-numeric file of one year or quarter). */
public interface HcpcsRelease {

    /** What this release is and where it came from. */
    ReleaseInfo info();

    /** Whether the release lists the code (regardless of its termination date). */
    boolean contains(HcpcsCode code);

    /** The long description, when the release lists the code. */
    Optional<String> description(HcpcsCode code);
}
