package org.medcoder.core;

import java.util.Objects;

/**
 * One thing a parser, rule or edit found: data problems are findings, not exceptions, and the caller
 * decides what is fatal.
 *
 * @param ruleId   a stable id of the rule, e.g. {@code ICD-EXCLUDES1}, {@code X12-SEG-COUNT}
 * @param severity how serious it is
 * @param location where it was found
 * @param message  what a person needs to know, citing the source (guideline section, TR3 page) where there is one
 */
public record Finding(String ruleId, Severity severity, Location location, String message) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** An error finding. */
    public static Finding error(String ruleId, Location location, String message) {
        return new Finding(ruleId, Severity.ERROR, location, message);
    }

    /** A warning finding. */
    public static Finding warning(String ruleId, Location location, String message) {
        return new Finding(ruleId, Severity.WARNING, location, message);
    }

    /** Whether this finding is an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity + " " + ruleId + " at " + location + ": " + message;
    }
}
