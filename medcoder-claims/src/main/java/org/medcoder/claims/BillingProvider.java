package org.medcoder.claims;

/**
 * The billing provider (TR3 2000A/2010AA): the provider with its tax id and the street address payments are
 * tied to (no post-office box, ZIP+4 per TR3 2010AA N4).
 */
public record BillingProvider(Provider provider, TaxId taxId, Address address) {

    public BillingProvider {
        Require.present("billing provider", provider);
        Require.present("tax id", taxId);
        Require.present("address", address);
        if (address.zip().length() != 9) {
            throw new IllegalArgumentException("billing provider ZIP code " + address.zip()
                    + " needs nine digits (ZIP+4, TR3 2010AA N403)");
        }
    }
}
