package org.medcoder.nlp;

import java.util.Objects;
import org.medcoder.core.TextSpan;

/**
 * A context cue and the tokens it governs.
 *
 * @param flag  what it says
 * @param cue   the cue's characters (a phrase like "no evidence of", or a section heading)
 * @param from  the first token index governed
 * @param to    one past the last token index governed
 */
public record ContextScope(ContextFlag flag, TextSpan cue, int from, int to) {

    public ContextScope {
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(cue, "cue");
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("bad scope [" + from + ", " + to + ")");
        }
    }
}
