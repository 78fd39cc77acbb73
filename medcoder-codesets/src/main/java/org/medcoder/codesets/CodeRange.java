package org.medcoder.codesets;

import java.util.Objects;
import org.medcoder.core.IcdCmCode;

/**
 * A code or range of codes that a note refers to, as written in the note: {@code E11.2}, {@code N18.-}
 * (the category and everything below it) or {@code E08-E13}. Both ends are inclusive at category level:
 * a code is in the range when its prefix of the ends' length falls between them.
 */
public record CodeRange(IcdCmCode first, IcdCmCode last) {

    public CodeRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
    }

    /** Whether {@code code} lies in this range (at or below either end, or between them). */
    public boolean contains(IcdCmCode code) {
        String c = code.value();
        String a = first.value();
        String b = last.value();
        return comparePrefix(c, a) >= 0 && comparePrefix(c, b) <= 0 && c.length() >= Math.min(a.length(), b.length());
    }

    /**
     * {@code c.substring(0, min(c.length(), end.length())).compareTo(end)} without the substring: Excludes1 asks it
     * for every pair of a note's proposals.
     */
    static int comparePrefix(String c, String end) {
        int n = Math.min(c.length(), end.length());
        for (int i = 0; i < n; i++) {
            int d = c.charAt(i) - end.charAt(i);
            if (d != 0) {
                return d;
            }
        }
        return n - end.length();
    }

    @Override
    public String toString() {
        return first.equals(last) ? first.dotted() : first.dotted() + "-" + last.dotted();
    }
}
