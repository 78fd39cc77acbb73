package org.medcoder.claims;

/** Administrative sex as the 837 writes it (DMG03): F, M or U unknown. */
public enum Sex {
    F, M, U;

    /** Parses {@code F}/{@code M}/{@code U} or {@code female}/{@code male}/{@code unknown}. */
    public static Sex parse(String text) {
        if (text != null) {
            switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "f", "female": return F;
                case "m", "male": return M;
                case "u", "unknown": return U;
                default: break;
            }
        }
        throw new IllegalArgumentException("not a sex code: '" + text + "' (F, M or U)");
    }
}
