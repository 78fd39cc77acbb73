package org.medcoder.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.medcoder.core.TextSpan;

/**
 * Stage 2: splits each section into sentences at line breaks and at . ! ? followed by a blank and a capital
 * or digit, except after common abbreviations ("Dr.", "e.g.", "vs."). A heading ends a sentence.
 */
public final class SentenceSplitter {

    private static final Set<String> NO_BREAK_AFTER = Set.of("dr", "mr", "mrs", "ms", "vs", "e.g", "i.e", "etc",
            "approx", "no", "fig", "st", "jr", "sr", "mg", "ml", "cm", "mm", "min", "h", "hr", "hrs", "dl", "kg");

    /** The sentences of the text, in order, never empty and never crossing a section boundary. */
    public List<Sentence> split(String text, List<Section> sections) {
        List<Sentence> out = new ArrayList<>();
        for (Section section : sections) {
            if (section.heading().length() > 0) {
                add(text, section.heading().start(), section.heading().end(), section.kind(), out);
            }
            int from = Math.max(section.span().start(), section.heading().end());
            splitRange(text, from, section.span().end(), section.kind(), out);
        }
        return List.copyOf(out);
    }

    private static void splitRange(String text, int from, int to, SectionKind kind, List<Sentence> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(text, start, i, kind, out);
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?') && breaksAfter(text, i, to)) {
                add(text, start, i + 1, kind, out);
                start = i + 1;
            }
        }
        add(text, start, to, kind, out);
    }

    private static boolean breaksAfter(String text, int i, int to) {
        if (i + 2 >= to || !Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        int j = i + 1;
        while (j < to && text.charAt(j) == ' ') {
            j++;
        }
        if (j >= to || !(Character.isUpperCase(text.charAt(j)) || Character.isDigit(text.charAt(j)))) {
            return false;
        }
        int w = i;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        return !NO_BREAK_AFTER.contains(text.substring(w, i).toLowerCase(java.util.Locale.ROOT));
    }

    private static void add(String text, int start, int end, SectionKind kind, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(TextSpan.of(start, end), kind));
        }
    }
}
