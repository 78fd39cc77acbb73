package org.medcoder.codesets;

import java.util.Objects;

/**
 * A code with its title, as shown to a person: {@code E87.20} "Acidosis, unspecified".
 *
 * @param code     the code with its dot
 * @param title    the long title
 * @param billable whether it is valid for HIPAA transactions
 */
public record CodeTitle(String code, String title, boolean billable) {

    public CodeTitle {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
    }

    /** The view of an entry. */
    public static CodeTitle of(IcdCmEntry e) {
        return new CodeTitle(e.code().dotted(), e.longTitle(), e.billable());
    }
}
