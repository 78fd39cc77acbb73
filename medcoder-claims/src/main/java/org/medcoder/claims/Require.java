package org.medcoder.claims;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Constructor checks shared by the claim values; every failure names the field and the bad value. */
final class Require {

    /** Characters X12 uses as delimiters (TR3 appendix B: basic and extended character sets). */
    private static final String DELIMITERS = "~*:^|>\\";

    private Require() {
    }

    /** A non-blank text of at most {@code max} characters, without X12 delimiters or control characters. */
    static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new IllegalArgumentException(field + " '" + v + "' is longer than " + max + " characters");
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x20 || c > 0x7E || DELIMITERS.indexOf(c) >= 0) {
                throw new IllegalArgumentException(field + " '" + v + "' contains the character '" + c
                        + "', which X12 does not allow in text");
            }
        }
        return v;
    }

    /** An optional text: empty stays empty, present values follow {@link #text}. */
    static Optional<String> optionalText(String field, Optional<String> value, int max) {
        Objects.requireNonNull(value, field);
        return value.map(v -> text(field, v, max));
    }

    /** A non-null value. */
    static <T> T present(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    /** An immutable copy of a list without nulls. */
    static <T> List<T> list(String field, Collection<T> values) {
        if (values == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        for (T v : values) {
            if (v == null) {
                throw new IllegalArgumentException(field + " contains an empty entry");
            }
        }
        return List.copyOf(values);
    }
}
