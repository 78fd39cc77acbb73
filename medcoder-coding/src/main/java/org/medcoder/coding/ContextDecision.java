package org.medcoder.coding;

import java.util.Objects;
import org.medcoder.core.TextSpan;

/**
 * A decision taken because of a finding's context or the setting, e.g. "negated: not coded".
 *
 * @param code     the code the finding pointed to (as written by coders)
 * @param span     the finding's characters
 * @param quote    the finding's words
 * @param decision what was decided and why, e.g. {@code negated ("denies"): not coded}
 */
public record ContextDecision(String code, TextSpan span, String quote, String decision) {

    public ContextDecision {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(decision, "decision");
    }
}
