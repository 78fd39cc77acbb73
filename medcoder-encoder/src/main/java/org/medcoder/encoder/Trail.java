package org.medcoder.encoder;

import java.util.List;
import java.util.Objects;

/**
 * How a code was found, for a coder or an auditor to check: the index path walked, the Tabular List steps and
 * notes checked, the conventions and guideline sections applied (numbers of the FY Official Guidelines), and the
 * release it came from.
 *
 * @param indexPath  e.g. {@code Diabetes, type 2, with, chronic kidney disease -> E11.22}, or how a paired code was
 *                   reached (e.g. {@code use additional code at E11.22 (N18.1-N18.6)})
 * @param tabular    Tabular List steps and notes checked, in order
 * @param guidelines guideline sections applied, e.g. {@code I.A.15}, {@code I.C.9.a.2}
 * @param release    the release, e.g. {@code ICD-10-CM FY2026}
 */
public record Trail(String indexPath, List<String> tabular, List<String> guidelines, String release) {

    public Trail {
        Objects.requireNonNull(indexPath, "indexPath");
        tabular = List.copyOf(tabular);
        guidelines = List.copyOf(guidelines);
        Objects.requireNonNull(release, "release");
    }
}
