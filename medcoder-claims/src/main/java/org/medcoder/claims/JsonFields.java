package org.medcoder.claims;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.medcoder.core.Finding;
import org.medcoder.core.Location;

/**
 * Reads fields of a claim's JSON tree and turns every problem into a finding with the field's JSON path. A field
 * that cannot be read yields {@code null} here (never outside this package) and a finding; objects with a missing
 * part are then not built, so that one mistake gives one finding.
 */
final class JsonFields {

    private final String source;
    private final List<Finding> findings = new ArrayList<>();

    JsonFields(String source) {
        this.source = source;
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    void error(String ruleId, String path, String message) {
        findings.add(Finding.error(ruleId, Location.path(source, path), message));
    }

    /** A required string field (numbers are accepted and read as their text). */
    String text(JsonNode obj, String path, String name) {
        JsonNode v = obj.get(name);
        if (v == null || v.isNull()) {
            error("CLAIM-REQUIRED", path + "." + name, name + " is required");
            return null;
        }
        if (!v.isTextual() && !v.isNumber()) {
            error("CLAIM-JSON-TYPE", path + "." + name, name + " must be a string, found " + v.getNodeType());
            return null;
        }
        return v.asText();
    }

    /** An optional string field. */
    Optional<String> optionalText(JsonNode obj, String path, String name) {
        JsonNode v = obj.get(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        return Optional.ofNullable(text(obj, path, name));
    }

    /** A required field parsed by {@code parse}; a parse failure is a finding under {@code ruleId}. */
    <T> T value(JsonNode obj, String path, String name, String ruleId, Function<String, T> parse) {
        String t = text(obj, path, name);
        return t == null ? null : parse(t, path + "." + name, ruleId, parse);
    }

    /** An optional field parsed by {@code parse}. */
    <T> Optional<T> optionalValue(JsonNode obj, String path, String name, String ruleId, Function<String, T> parse) {
        JsonNode v = obj.get(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        return Optional.ofNullable(value(obj, path, name, ruleId, parse));
    }

    /** Parses one text at a path, turning the value's own complaint into a finding. */
    <T> T parse(String text, String path, String ruleId, Function<String, T> parse) {
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            error(ruleId, path, e.getMessage());
            return null;
        }
    }

    /** A required ISO date ({@code 2026-03-02}). */
    LocalDate date(JsonNode obj, String path, String name) {
        return value(obj, path, name, "CLAIM-DATE", JsonFields::isoDate);
    }

    /** An optional ISO date. */
    Optional<LocalDate> optionalDate(JsonNode obj, String path, String name) {
        return optionalValue(obj, path, name, "CLAIM-DATE", JsonFields::isoDate);
    }

    /** A required decimal number, given as a JSON number or a string. */
    BigDecimal decimal(JsonNode obj, String path, String name) {
        JsonNode v = obj.get(name);
        if (v != null && v.isNumber()) {
            return v.decimalValue();
        }
        return value(obj, path, name, "CLAIM-NUMBER", t -> {
            try {
                return new BigDecimal(t.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number: '" + t + "'");
            }
        });
    }

    /** A required object field, or {@code null} with a finding. */
    JsonNode object(JsonNode obj, String path, String name) {
        JsonNode v = obj.get(name);
        if (v == null || v.isNull()) {
            error("CLAIM-REQUIRED", path + "." + name, name + " is required");
            return null;
        }
        if (!v.isObject()) {
            error("CLAIM-JSON-TYPE", path + "." + name, name + " must be an object, found " + v.getNodeType());
            return null;
        }
        return v;
    }

    /** An array field ({@code required}: missing is a finding, else missing is empty), or {@code null} with a finding. */
    JsonNode array(JsonNode obj, String path, String name, boolean required) {
        JsonNode v = obj.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                error("CLAIM-REQUIRED", path + "." + name, name + " is required");
                return null;
            }
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
        if (!v.isArray()) {
            error("CLAIM-JSON-TYPE", path + "." + name, name + " must be an array, found " + v.getNodeType());
            return null;
        }
        return v;
    }

    /**
     * Builds a value from parts read before; when a part is missing ({@code null}, already reported) nothing is
     * built, and the value's own complaint becomes a finding at {@code path}.
     */
    <T> T build(String path, Supplier<T> constructor, Object... parts) {
        for (Object p : parts) {
            if (p == null) {
                return null;
            }
        }
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            error("CLAIM-INVALID", path, e.getMessage());
            return null;
        }
    }

    private static LocalDate isoDate(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date: '" + text + "' (ISO form YYYY-MM-DD)");
        }
    }
}
