package org.medcoder.nlp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.medcoder.core.TextSpan;

/**
 * A note after the clinical text pipeline: the original text and every annotation, each pointing into it.
 *
 * @param text      the original text, unchanged
 * @param sections  sections in order, covering the text
 * @param sentences sentences in order
 * @param tokens    tokens in order (abbreviations expanded)
 * @param scopes    context cue scopes over token indexes
 */
public record AnalyzedNote(String text, List<Section> sections, List<Sentence> sentences, List<Token> tokens,
        List<ContextScope> scopes) {

    public AnalyzedNote {
        Objects.requireNonNull(text, "text");
        sections = List.copyOf(sections);
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        scopes = List.copyOf(scopes);
    }

    /**
     * The context of a mention covering tokens {@code [from, to)}: every flag whose scope covers one of its tokens,
     * with the cues. A cue inside the mention itself does not count ("history" in "family history" is the mention).
     */
    public MentionContext contextOf(int from, int to) {
        List<TextSpan> cues = new ArrayList<>();
        Set<ContextFlag> flags = collect(from, to, cues);
        return flags.isEmpty() ? MentionContext.AFFIRMED : new MentionContext(flags, cues);
    }

    /**
     * The flags of {@link #contextOf} alone, without the cues: for callers that weigh flags over many mentions
     * (no cue list and no copies per mention). A modifiable set of the caller's own.
     */
    public Set<ContextFlag> flagsOf(int from, int to) {
        return collect(from, to, null);
    }

    /** The flags whose scope covers the mention, adding their cues to {@code cues} when it is not null. */
    private Set<ContextFlag> collect(int from, int to, List<TextSpan> cues) {
        checkRange(from, to);
        Set<ContextFlag> flags = EnumSet.noneOf(ContextFlag.class);
        int start = tokens.get(from).span().start();
        int end = tokens.get(to - 1).span().end();
        // Indexed, without an iterator: this runs for every evidence range of every candidate.
        for (int i = 0; i < scopes.size(); i++) {
            ContextScope s = scopes.get(i);
            if (applies(s, from, to, start, end)) {
                flags.add(s.flag());
                if (cues != null) {
                    cues.add(s.cue());
                }
            }
        }
        return flags;
    }

    private void checkRange(int from, int to) {
        if (from < 0 || to > tokens.size() || to <= from) {
            throw new IllegalArgumentException("bad token range [" + from + ", " + to + ") of " + tokens.size());
        }
    }

    /**
     * Whether a scope covers one of tokens {@code [from, to)} (text {@code [start, end)}) with its cue outside them.
     */
    private static boolean applies(ContextScope s, int from, int to, int start, int end) {
        boolean cueInsideMention = s.cue().start() >= start && s.cue().end() <= end;
        return s.from() < to && from < s.to() && !cueInsideMention;
    }

    /** The span covering tokens {@code [from, to)}. */
    public TextSpan span(int from, int to) {
        return TextSpan.of(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
    }

    /** The section kind of the sentence holding the token. */
    public SectionKind sectionOf(int token) {
        return sentences.get(tokens.get(token).sentence()).section();
    }
}
