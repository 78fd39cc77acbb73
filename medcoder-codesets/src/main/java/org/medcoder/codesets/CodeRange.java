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
        String ca = c.substring(0, Math.min(c.length(), a.length()));
        String cb = c.substring(0, Math.min(c.length(), b.length()));
        return ca.compareTo(a) >= 0 && cb.compareTo(b) <= 0 && c.length() >= Math.min(a.length(), b.length());
    }

    @Override
    public String toString() {
        return first.equals(last) ? first.dotted() : first.dotted() + "-" + last.dotted();
    }
}
