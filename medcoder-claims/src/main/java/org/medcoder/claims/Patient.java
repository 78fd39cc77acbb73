package org.medcoder.claims;

/** A patient who is not the subscriber, with the relationship to the subscriber (TR3 2000C/2010CA). */
public record Patient(Relationship relationship, Person person) {

    public Patient {
        Require.present("relationship", relationship);
        Require.present("patient", person);
    }
}
