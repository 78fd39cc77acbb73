package org.medcoder.nlp;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.medcoder.core.TextSpan;

/**
 * The context of one mention: which flags apply and the cue words that set them.
 *
 * @param flags the flags (empty: affirmed, current, the patient's own)
 * @param cues  the cue words or section headings that set them, as spans into the original text
 */
public record MentionContext(Set<ContextFlag> flags, List<TextSpan> cues) {

    /** No flag: affirmed, current, the patient's own. */
    public static final MentionContext AFFIRMED = new MentionContext(Set.of(), List.of());

    public MentionContext {
        flags = flags.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(flags));
        cues = List.copyOf(cues);
    }

    /** Whether the flag applies. */
    public boolean has(ContextFlag flag) {
        return flags.contains(flag);
    }
}
