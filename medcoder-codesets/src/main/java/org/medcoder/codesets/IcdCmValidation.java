package org.medcoder.codesets;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Whether one ICD-10-CM code is valid and billable for a date of service, and if not, why and what to use.
 *
 * @param input             the code as given
 * @param code              the code normalized, with its dot
 * @param status            the verdict
 * @param dateOfService     the date checked
 * @param release           the release in effect on that date, e.g. {@code FY2027}
 * @param title             the code's title when the release has it, else empty
 * @param message           one sentence a coder can act on
 * @param suggestions       codes to use instead: the billable codes below a header, the codes with the placeholder
 *                          or 7th character filled in, or the nearest valid codes
 * @param seventhCharacters the allowed 7th characters with their meanings, when a 7th character is missing or wrong
 * @param otherRelease      for a code not valid on that date: the release that has it (e.g. {@code FY2026}), else empty
 */
public record IcdCmValidation(String input, String code, Status status, LocalDate dateOfService, String release,
        String title, String message, List<CodeTitle> suggestions, List<SeventhCharacter> seventhCharacters,
        String otherRelease) {

    public IcdCmValidation {
        Objects.requireNonNull(status, "status");
        suggestions = List.copyOf(suggestions);
        seventhCharacters = List.copyOf(seventhCharacters);
    }

    /** The verdicts, from valid to unknown. */
    public enum Status {
        /** Valid and billable on the date. */
        VALID,
        /** A category or subcategory: not billable, a code below it must be used (Guideline I.B.1 / I.A.4). */
        HEADER,
        /** The code needs a 7th character (I.A.5). */
        MISSING_SEVENTH_CHARACTER,
        /** The 7th character given is not one the category allows. */
        INVALID_SEVENTH_CHARACTER,
        /** A placeholder X is missing before the 7th character (I.A.4 / I.A.5), e.g. T40.25A for T40.2X5A. */
        MISSING_PLACEHOLDER,
        /** The code exists only in a later release. */
        NOT_YET_VALID,
        /** The code exists only in an earlier release. */
        DELETED,
        /** No release has the code. */
        UNKNOWN
    }

    /** Whether the code is valid and billable on the date. */
    public boolean ok() {
        return status == Status.VALID;
    }
}
