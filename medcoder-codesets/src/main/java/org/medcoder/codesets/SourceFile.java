package org.medcoder.codesets;

import java.util.Objects;

/**
 * One official file a release was built from.
 *
 * @param path       path relative to the data folder, e.g. {@code icd10cm/2026-code-descriptions-tabular-order.zip}
 *                   (with {@code !member} for a zip member)
 * @param sha256     hex SHA-256 of the file as read
 * @param role       what it contributed: {@code codes}, {@code tabular-notes}, {@code index}, {@code drug-table} ...
 * @param fiscalYear the year of the file itself, e.g. {@code FY2023}, which may be older than the release
 * @param official   false for third-party derivations (e.g. the FY2027 change lists)
 */
public record SourceFile(String path, String sha256, String role, String fiscalYear, boolean official) {

    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(fiscalYear, "fiscalYear");
    }
}
