package org.medcoder.codesets;

import java.util.Objects;
import org.medcoder.core.IcdCmCode;

/**
 * One row of the ICD-10-CM Tabular List: a category, subcategory or code, billable or a header.
 *
 * @param code       the code
 * @param billable   valid for HIPAA transactions (order file column 15 = 1); headers are not
 * @param shortTitle the short description (up to 60 characters)
 * @param longTitle  the full title
 */
public record IcdCmEntry(IcdCmCode code, boolean billable, String shortTitle, String longTitle) {

    public IcdCmEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(shortTitle, "shortTitle");
        Objects.requireNonNull(longTitle, "longTitle");
    }
}
