package org.medcoder.codesets;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.medcoder.core.CodeSystem;
import org.medcoder.core.EffectivePeriod;

/**
 * What a loaded release is: system, version, effective period, where it came from, how big it is and what
 * did not line up while assembling it.
 *
 * @param system     the code system
 * @param version    the version as the agency names it, e.g. {@code FY2026}, {@code 2019}
 * @param period     dates of service (or discharge) it applies to
 * @param derived    true when the release is not an official file set (e.g. FY2027 built from FY2026 plus change lists)
 * @param sources    the files read, with checksums
 * @param counts     named counts in a stable order, e.g. {@code codes}, {@code billable}, {@code headers},
 *                   {@code notes.excludes1}, {@code index.terms}
 * @param provenance plain-language notes on provenance and mismatches (e.g. "412 index entries point to codes
 *                   not valid in FY2026")
 */
public record ReleaseInfo(CodeSystem system, String version, EffectivePeriod period, boolean derived,
        List<SourceFile> sources, Map<String, Long> counts, List<String> provenance) {

    public ReleaseInfo {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(period, "period");
        sources = List.copyOf(sources);
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
        provenance = List.copyOf(provenance);
    }
}
