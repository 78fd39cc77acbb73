package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Alternative wordings an index title names with "or" / "and" (Official Guidelines FY2026, I.A.14: "and" in a title
 * means "and/or"; I.A.7: an index comma may be an "alternative for and/or"), each a wording the statement may use
 * on its own.
 * <ul>
 * <li>A main term whose last noun has an alternative: "Grover's disease or syndrome" is "Grover's disease" or
 * "Grover's syndrome" (also "Angiospastic disease or edema", "Singer's node or nodule").</li>
 * <li>A subterm listing single-word items after a leading phrase: "due to use, overuse and pressure" is "due to
 * use", "due to overuse" or "due to pressure" ("Disorder, soft tissue, due to use, overuse and pressure" M70.9-).</li>
 * </ul>
 * The title as written stays one of the wordings.
 */
final class IndexWordings {

    private static final Pattern OR = Pattern.compile("(?i)\\s+or\\s+");
    private static final Pattern AND_OR = Pattern.compile("(?i)\\s+(?:and|or)\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private IndexWordings() {
    }

    /**
     * The wordings of a main term's first comma part: "A B or C" (two words or more before "or", one after) is also
     * "A B" and "A C"; any other title is only itself.
     */
    static List<String> mainTerm(String head) {
        String[] sides = OR.split(head.strip(), -1);
        if (sides.length != 2) {
            return List.of(head);
        }
        String[] left = SPACES.split(sides[0].strip());
        String right = sides[1].strip();
        if (left.length < 2 || right.isEmpty() || SPACES.split(right).length != 1) {
            return List.of(head);
        }
        String stem = String.join(" ", java.util.Arrays.copyOf(left, left.length - 1));
        return List.of(sides[0], stem + " " + right, head);
    }

    /**
     * The wordings of a subterm written as a list ("due to use, overuse and pressure"): the first part, and its
     * leading words with each later single-word item. Empty when the title is not such a list: one item per comma
     * part, the last two joined by "and" or "or", and a leading phrase of at least one word before the first item
     * for "and" lists ("hand, foot and mouth" is a name, not a list).
     */
    static List<String> subtermList(String[] parts) {
        if (parts.length < 2) {
            return List.of();
        }
        String last = parts[parts.length - 1].strip();
        String[] lastItems = AND_OR.split(last);
        if (lastItems.length != 2) {
            return List.of();
        }
        boolean and = !OR.matcher(last).find();
        String[] first = SPACES.split(parts[0].strip());
        if (and && first.length < 2 || first[0].isEmpty()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (int i = 1; i < parts.length - 1; i++) {
            items.add(parts[i].strip());
        }
        items.add(lastItems[0].strip());
        items.add(lastItems[1].strip());
        String lead = String.join(" ", java.util.Arrays.copyOf(first, first.length - 1));
        List<String> out = new ArrayList<>();
        out.add(String.join(" ", parts));
        out.add(parts[0]);
        for (String item : items) {
            if (item.isEmpty() || SPACES.split(item).length != 1) {
                return List.of();
            }
            out.add(lead.isEmpty() ? item : lead + " " + item);
        }
        return out;
    }
}
