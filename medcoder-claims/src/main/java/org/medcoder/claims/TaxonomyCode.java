package org.medcoder.claims;

/** A Health Care Provider Taxonomy code (NUCC), ten characters ending in X, e.g. {@code 207Q00000X}. */
public record TaxonomyCode(String value) {

    public TaxonomyCode {
        if (value == null || !value.matches("[0-9]{3}[0-9A-Z]{6}X")) {
            throw new IllegalArgumentException("not a provider taxonomy code: '" + value + "' (ten characters ending in X, e.g. 207Q00000X)");
        }
    }

    /** Parses a code in any case. */
    public static TaxonomyCode parse(String text) {
        return new TaxonomyCode(text == null ? null : text.strip().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
