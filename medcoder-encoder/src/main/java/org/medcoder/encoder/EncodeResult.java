package org.medcoder.encoder;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The encoder's answer for one diagnostic statement: the billable codes in sequence order, each with its trail,
 * the questions a coder would still ask, and, when nothing in the index matched, the nearest index terms.
 *
 * @param statement    the statement as given (cut to {@code Statement.MAX_CHARS} characters)
 * @param codes        codes in sequence order (Guideline I.A.13 etiology before manifestation); empty when none
 * @param questions    open questions; the defaults taken are in the codes
 * @param nearestTerms nearest main terms of the index when no index entry was found, else empty
 * @param release      the release used, e.g. {@code ICD-10-CM FY2026}
 * @param notes        decisions about the statement as a whole, with their guideline sections (e.g. an uncertain
 *                     diagnosis not coded in the outpatient setting, Section IV.H); empty when none
 */
public record EncodeResult(String statement, List<EncodedCode> codes, List<OpenQuestion> questions,
        List<String> nearestTerms, String release, List<String> notes) {

    public EncodeResult {
        Objects.requireNonNull(statement, "statement");
        codes = List.copyOf(codes);
        questions = List.copyOf(questions);
        nearestTerms = List.copyOf(nearestTerms);
        Objects.requireNonNull(release, "release");
        notes = List.copyOf(notes);
    }

    /** A result without statement-level notes. */
    public EncodeResult(String statement, List<EncodedCode> codes, List<OpenQuestion> questions,
            List<String> nearestTerms, String release) {
        this(statement, codes, questions, nearestTerms, release, List.of());
    }

    /** This result with other codes: the statement, questions, nearest terms, release and notes kept. */
    public EncodeResult withCodes(List<EncodedCode> newCodes) {
        return new EncodeResult(statement, newCodes, questions, nearestTerms, release, notes);
    }

    /** Whether an index entry was found and at least one code assigned. */
    public boolean found() {
        return !codes.isEmpty();
    }

    /** The codes with dots, space-separated, in sequence order (the batch output format). */
    public String codesText() {
        return codes.stream().map(c -> c.code().dotted()).collect(Collectors.joining(" "));
    }
}
