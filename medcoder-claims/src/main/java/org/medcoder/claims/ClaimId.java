package org.medcoder.claims;

/**
 * The provider's claim identifier (patient control number, CLM01 in the 837; 1 to 38 characters per TR3
 * 005010X222A1 2300 CLM01). The 835 sends it back in CLP01, which is how remittances are matched to claims.
 */
public record ClaimId(String value) {

    public ClaimId {
        value = Require.text("claim id", value, 38);
    }

    /** The claim id of the text, surrounding blanks ignored. */
    public static ClaimId of(String text) {
        return new ClaimId(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
