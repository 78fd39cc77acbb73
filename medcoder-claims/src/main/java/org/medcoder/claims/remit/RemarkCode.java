package org.medcoder.claims.remit;

import java.util.Objects;

/**
 * A remittance advice remark code (RARC) or NCPDP reject code sent with a claim or a service line.
 *
 * @param source where it came from: {@code LQ} (service line, qualifier HE), {@code LQ-RX} (NCPDP), {@code MOA} or {@code MIA}
 * @param code   the code, e.g. {@code N130} or {@code MA01}
 */
public record RemarkCode(String source, String code) {

    public RemarkCode {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("empty remark code from " + source);
        }
    }
}
