package org.medcoder.claims;

import java.util.Optional;

/**
 * A US postal address as the 837 carries it (N3/N4): street lines, city, two-letter state and a ZIP code of five
 * or nine digits (the billing provider needs nine, TR3 2010AA N403).
 */
public record Address(String line1, Optional<String> line2, String city, String state, String zip) {

    public Address {
        line1 = Require.text("address line 1", line1, 55);
        line2 = Require.optionalText("address line 2", line2, 55);
        city = Require.text("city", city, 30);
        if (state == null || !state.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("not a state code: '" + state + "' (two capital letters, e.g. MD)");
        }
        if (zip == null || !zip.matches("[0-9]{5}([0-9]{4})?")) {
            throw new IllegalArgumentException("not a ZIP code: '" + zip + "' (five or nine digits)");
        }
    }

    /** An address with one street line. */
    public static Address of(String line1, String city, String state, String zip) {
        return new Address(line1, Optional.empty(), city, state, zip);
    }
}
