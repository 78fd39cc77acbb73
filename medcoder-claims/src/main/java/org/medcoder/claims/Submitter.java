package org.medcoder.claims;

/**
 * Who sends the 837 (TR3 1000A, and the interchange sender in ISA06/GS02): name, identifier (ETIN agreed with the
 * receiver) and a contact with a phone number (PER).
 */
public record Submitter(String name, String id, String contactName, String phone) {

    public Submitter {
        name = Require.text("submitter name", name, 60);
        id = Require.text("submitter id", id, 15);
        contactName = Require.text("submitter contact name", contactName, 60);
        if (phone == null || !phone.matches("[0-9]{10}")) {
            throw new IllegalArgumentException("not a phone number: '" + phone + "' (ten digits)");
        }
    }
}
