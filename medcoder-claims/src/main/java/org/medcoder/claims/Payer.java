package org.medcoder.claims;

/** The payer the claim is sent to (TR3 2010BB): name and payer identifier (NM109 with qualifier PI). */
public record Payer(String name, String id) {

    public Payer {
        name = Require.text("payer name", name, 60);
        id = Require.text("payer id", id, 80);
    }
}
