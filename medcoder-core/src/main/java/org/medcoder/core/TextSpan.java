package org.medcoder.core;

/** A half-open range {@code [start, end)} of character offsets into an original document. */
public record TextSpan(int start, int end) implements Comparable<TextSpan> {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad text span [" + start + ", " + end + ")");
        }
    }

    /** The span from start (inclusive) to end (exclusive). */
    public static TextSpan of(int start, int end) {
        return new TextSpan(start, end);
    }

    /** Number of characters covered. */
    public int length() {
        return end - start;
    }

    /** The covered characters of the text this span points into. */
    public String in(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    /** Whether the two spans share at least one character. */
    public boolean overlaps(TextSpan other) {
        return start < other.end && other.start < end;
    }

    @Override
    public int compareTo(TextSpan o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
