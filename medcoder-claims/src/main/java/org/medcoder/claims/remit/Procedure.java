package org.medcoder.claims.remit;

import java.util.List;
import java.util.Objects;

/**
 * A procedure as the payer echoes it in SVC01/SVC06 (composite C003): the code qualifier, the code and up to
 * four modifiers.
 *
 * @param qualifier {@code HC} HCPCS/CPT, {@code NU} revenue code, {@code N4} NDC, {@code HP} HIPPS, {@code AD} dental ...
 * @param code      the procedure, revenue or drug code
 * @param modifiers up to four two-character modifiers, in order
 */
public record Procedure(String qualifier, String code, List<String> modifiers) {

    /** No procedure: SVC06 was not sent. */
    public static final Procedure NONE = new Procedure("", "", List.of());

    public Procedure {
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(code, "code");
        modifiers = List.copyOf(modifiers);
    }

    /** The code with its modifiers as a coder writes it: {@code 99213-25}. */
    @Override
    public String toString() {
        return modifiers.isEmpty() ? code : code + "-" + String.join("-", modifiers);
    }
}
