package org.medcoder.claims.pdf;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.medcoder.claims.Address;
import org.medcoder.claims.EntityType;
import org.medcoder.claims.Person;
import org.medcoder.claims.Provider;

/** How the paper forms write names, dates and addresses (capital letters, dates as digits with spaces). */
final class FormText {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM dd yy");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MM dd yyyy");
    private static final DateTimeFormatter UB = DateTimeFormatter.ofPattern("MMddyy");

    private FormText() {
    }

    /** A 6-digit date with spaces, as in CMS-1500 items 24A and 31: {@code 01 15 26}. */
    static String shortDate(LocalDate date) {
        return SHORT.format(date);
    }

    /** An 8-digit date with spaces, as for birth dates in CMS-1500 items 3 and 11a: {@code 03 14 1961}. */
    static String longDate(LocalDate date) {
        return LONG.format(date);
    }

    /** A UB-04 date, six digits without separators (NUBC: MMDDYY): {@code 011526}. */
    static String ubDate(LocalDate date) {
        return UB.format(date);
    }

    /** A person as the forms want it: last name, first name, middle initial, separated by commas. */
    static String name(Person p) {
        String n = p.lastName() + ", " + p.firstName();
        if (p.middleName().isPresent()) {
            n += ", " + p.middleName().get().charAt(0);
        }
        return upper(n);
    }

    /** A provider's name: first and last name of a person, the name of an organization. */
    static String name(Provider p) {
        return upper(p.entityType() == EntityType.PERSON ? p.firstName().orElse("") + " " + p.name() : p.name());
    }

    /** The street line(s) of an address. */
    static String street(Address a) {
        return upper(a.line1() + a.line2().map(l -> " " + l).orElse(""));
    }

    /** City, state and ZIP on one line. */
    static String cityLine(Address a) {
        return upper(a.city()) + " " + a.state() + " " + zip(a.zip());
    }

    /** A ZIP code, ZIP+4 written with its hyphen. */
    static String zip(String zip) {
        return zip.length() == 9 ? zip.substring(0, 5) + "-" + zip.substring(5) : zip;
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /** A tax id as NN-NNNNNNN (UB-04 FL5; NUCC item 25 allows it too). */
    static String taxId(String nineDigits) {
        return nineDigits.substring(0, 2) + "-" + nineDigits.substring(2);
    }
}
