package org.medcoder.codesets.search;

import java.util.Objects;
import org.medcoder.core.CodeSystem;

/**
 * One ranked search result.
 *
 * @param system   the code system
 * @param code     the code as coders write it ({@code I21.9}, {@code 0DTJ4ZZ}, {@code J1100})
 * @param title    the code's title (ICD-10-CM long title, ICD-10-PCS long title, HCPCS long description)
 * @param billable ICD-10-CM: valid for claims (not a header); ICD-10-PCS: always; HCPCS: not discontinued
 * @param release  the release version the code comes from, e.g. {@code FY2026}
 * @param score    the relevance score (higher is better; comparable only within one search)
 * @param matched  the inclusion term or index entry that matched best, when that is not the title; else empty
 */
public record SearchHit(CodeSystem system, String code, String title, boolean billable, String release, float score,
        String matched) {

    public SearchHit {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(matched, "matched");
    }
}
