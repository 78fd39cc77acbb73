package org.medcoder.claims;

import java.time.LocalDate;
import java.util.Optional;

/** A subscriber or patient: name, date of birth, sex and address (837 NM1/N3/N4/DMG). */
public record Person(String lastName, String firstName, Optional<String> middleName, LocalDate birthDate, Sex sex,
        Address address) {

    public Person {
        lastName = Require.text("last name", lastName, 60);
        firstName = Require.text("first name", firstName, 35);
        middleName = Require.optionalText("middle name", middleName, 25);
        Require.present("birth date", birthDate);
        Require.present("sex", sex);
        Require.present("address", address);
    }
}
