package org.medcoder.eval;

import java.util.Locale;

/** How CodiEsp codes are compared: upper case, without the dot (CodiEsp protocol; shared/eval README). */
public final class CodiespCodes {

    private CodiespCodes() {
    }

    /** The code upper-cased, blanks and dots removed: {@code n44.8} becomes {@code N448}. */
    public static String normalize(String code) {
        return code.strip().replace(".", "").toUpperCase(Locale.ROOT);
    }
}
