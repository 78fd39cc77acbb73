package org.medcoder.codesets;

import java.util.List;
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

    /** The code with every column of the record layout, when the release lists it. */
    Optional<HcpcsEntry> entry(HcpcsCode code);

    /** Every procedure code in code order, including discontinued ones (see {@link HcpcsEntry#terminated()}). */
    List<HcpcsEntry> entries();

    /** The Level II modifier, e.g. {@code LT}, when the release lists it (any case). */
    Optional<HcpcsModifier> modifier(String code);

    /** Every modifier in code order. */
    List<HcpcsModifier> modifiers();
}
