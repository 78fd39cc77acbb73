package org.medcoder.claims;

import java.util.Optional;

/**
 * A provider on a claim: a person (last and first name) or an organization (name only), its NPI and, when
 * known, its taxonomy code. Used for rendering (837P 2310B) and attending (837I 2310A) providers and inside the
 * billing provider.
 */
public record Provider(EntityType entityType, String name, Optional<String> firstName, Npi npi,
        Optional<TaxonomyCode> taxonomy) {

    public Provider {
        Require.present("entity type", entityType);
        name = Require.text(entityType == EntityType.PERSON ? "provider last name" : "provider name", name, 60);
        firstName = Require.optionalText("provider first name", firstName, 35);
        if (entityType == EntityType.PERSON && firstName.isEmpty()) {
            throw new IllegalArgumentException("provider " + name + " is a person and needs a first name");
        }
        if (entityType == EntityType.ORGANIZATION && firstName.isPresent()) {
            throw new IllegalArgumentException("provider " + name + " is an organization and has no first name");
        }
        Require.present("NPI", npi);
        Require.present("taxonomy", taxonomy);
    }

    /** A person provider. */
    public static Provider person(String lastName, String firstName, Npi npi, Optional<TaxonomyCode> taxonomy) {
        return new Provider(EntityType.PERSON, lastName, Optional.of(firstName), npi, taxonomy);
    }

    /** An organization provider. */
    public static Provider organization(String name, Npi npi, Optional<TaxonomyCode> taxonomy) {
        return new Provider(EntityType.ORGANIZATION, name, Optional.empty(), npi, taxonomy);
    }
}
