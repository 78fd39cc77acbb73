package org.medcoder.coding.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medcoder.codesets.PcsAxisValue;
import org.medcoder.codesets.PcsRelease;
import org.medcoder.codesets.PcsRow;
import org.medcoder.codesets.PcsTable;

/**
 * Completes a 4-character procedure (section, body system, root operation, body part) to a 7-character code:
 * the code {@link PcsBuilder} built from the note's words for that prefix, else the full code seen most often with
 * that prefix in training, else the first row of the PCS table allowing the body part, taking "No Device"/"No
 * Qualifier" (Z) where the row allows it. Approach, device and qualifier are rarely documented in case reports; the
 * coder should check them.
 */
public final class PcsCompletion {

    private final Map<String, String> learned;
    private final Optional<PcsRelease> release;

    public PcsCompletion(Map<String, Map<String, Integer>> seen, Optional<PcsRelease> release) {
        Map<String, String> best = new HashMap<>();
        // The most frequent full code; ties go to the alphabetically first for a deterministic choice.
        seen.forEach((prefix, counts) -> counts.entrySet().stream()
                .min((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
                        : b.getValue() - a.getValue())
                .ifPresent(e -> best.put(prefix, e.getKey())));
        this.learned = Map.copyOf(best);
        this.release = release;
    }

    /**
     * The 7-character code for a prefix, given the code built from the note's words and the PCS tables for it (or
     * null): the built code when there is one (its characters come from the note or the guidelines, and its trail
     * says which), else {@link #complete(String)}. On train cross-validation the built code scored the same or better
     * than the most frequent training code (docs/coding.md).
     */
    public String complete(String prefix, PcsBuilder.Match built) {
        return built != null && prefix.length() == 4 ? built.code() : complete(prefix);
    }

    /** The 7-character code for a prefix (4 characters or already 7), or empty. */
    public String complete(String prefix) {
        if (prefix.length() == 7) {
            return prefix;
        }
        String seen = learned.get(prefix);
        if (seen != null) {
            return seen;
        }
        if (release.isEmpty() || prefix.length() != 4) {
            return "";
        }
        Optional<PcsTable> table = release.get().table(prefix.substring(0, 3));
        if (table.isEmpty()) {
            return "";
        }
        for (PcsRow row : table.get().rows()) {
            if (row.axis(4).value(prefix.charAt(3)).isPresent()) {
                return prefix + pick(row, 5) + pick(row, 6) + pick(row, 7);
            }
        }
        return "";
    }

    private static char pick(PcsRow row, int position) {
        List<PcsAxisValue> values = row.axis(position).values();
        return values.stream().anyMatch(v -> v.code() == 'Z') ? 'Z' : values.get(0).code();
    }
}
