package org.medcoder.claims;

/** Who receives the 837 (TR3 1000B, interchange receiver ISA08/GS03): a payer or clearinghouse name and id. */
public record Receiver(String name, String id) {

    public Receiver {
        name = Require.text("receiver name", name, 60);
        id = Require.text("receiver id", id, 15);
    }
}
