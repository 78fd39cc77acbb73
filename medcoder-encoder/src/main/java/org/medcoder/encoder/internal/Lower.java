package org.medcoder.encoder.internal;

import java.util.Locale;

/** Lower-casing of statement text with a fast path for text that is already lower-case ASCII (hot path). */
final class Lower {

    private Lower() {
    }

    /**
     * The text in lower case, exactly as {@code text.toLowerCase(Locale.ROOT)}: text without upper-case ASCII letters
     * and without non-ASCII characters is returned as it is (the library call would return an equal string after a
     * slower per-character table look-up), anything else goes to the library.
     */
    static String of(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 0x80) {
                return text.toLowerCase(Locale.ROOT);
            }
        }
        return text;
    }
}
