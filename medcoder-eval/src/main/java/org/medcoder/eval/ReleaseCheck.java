package org.medcoder.eval;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * How a scorecard checks codes against a code-set release, for one code system. Codes given to the predicates
 * are normalized (upper case, no dot).
 *
 * @param release   the release name shown in the report, e.g. {@code ICD-10-CM FY2026}; empty when none is loaded
 * @param known     whether the release has the code at any level (used to count gold codes missing from it)
 * @param reportable whether the code may be reported as is (billable ICD-10-CM, valid 7-character PCS)
 */
public record ReleaseCheck(String release, Predicate<String> known, Predicate<String> reportable) {

    public ReleaseCheck {
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(known, "known");
        Objects.requireNonNull(reportable, "reportable");
    }

    /** No release loaded: validity is not checked and the report says so. */
    public static ReleaseCheck none() {
        return new ReleaseCheck("", c -> true, c -> true);
    }

    /** Whether a release is loaded. */
    public boolean present() {
        return !release.isEmpty();
    }
}
