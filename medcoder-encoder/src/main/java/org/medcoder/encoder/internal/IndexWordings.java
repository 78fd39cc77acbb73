package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
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
 * <li>An eponym's main term "Kawasaki's syndrome" is also "Kawasaki's disease" when the index names no such
 * entry, neither as a main term nor under "Disease": physicians call an eponymous syndrome a disease. This is a
 * wording heuristic, not a guideline rule (no section says a syndrome may be read as a disease). The other way round is not read: "Barlow's disease" (scurvy, E54) is not the
 * Barlow syndrome of the mitral valve.</li>
 * <li>A residual subterm "specified type NEC" / "specified form NEC" ("Diabetes, specified type NEC" E13.9) is also
 * "specified" alone: the Tabular List titles the same codes "Other specified ..." ("Other specified diabetes
 * mellitus", E13), and "NEC" means the classification has no more specific code (I.A.9.a).</li>
 * </ul>
 * The title as written stays one of the wordings.
 */
final class IndexWordings {

    private static final Pattern OR = Pattern.compile("(?i)\\s+or\\s+");
    private static final Pattern AND_OR = Pattern.compile("(?i)\\s+(?:and|or)\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EPONYM = Pattern.compile("(?i)^([a-z][a-z-]*'s)\\s+syndrome$");

    private IndexWordings() {
    }

    /** Adds "specified" alone beside a required wording "specified type" or "specified form" (NEC already dropped). */
    static void residualWithoutType(List<int[]> required, Vocabulary vocabulary) {
        int specified = vocabulary.intern(Words.stem("specified"));
        int type = vocabulary.intern(Words.stem("type"));
        int form = vocabulary.intern(Words.stem("form"));
        for (int a = 0, n = required.size(); a < n; a++) {
            int[] alt = required.get(a);
            if (alt.length == 2 && alt[0] == specified && (alt[1] == type || alt[1] == form)) {
                required.add(new int[] {specified});
            }
        }
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
     * The "disease" wording of an eponym's syndrome ("Kawasaki's syndrome": "Kawasaki's disease"), or null when the
     * title is no such name or {@code named} (lower-case "eponym's noun" keys of the index's entries) holds it.
     */
    static String eponymNoun(String head, Set<String> named) {
        Matcher m = EPONYM.matcher(head.strip());
        if (!m.matches()) {
            return null;
        }
        String other = m.group(1) + " disease";
        return named.contains(other.toLowerCase(java.util.Locale.ROOT)) ? null : other;
    }

    /**
     * The "eponym's noun" keys an index names: its main terms' first parts, and the subterms of "Disease" and
     * "Syndrome" with that noun ("Syndrome, Barlow's" is "barlow's syndrome").
     */
    static Set<String> eponymKeys(List<org.medcoder.codesets.IndexTerm> mains) {
        Set<String> out = new java.util.HashSet<>();
        for (org.medcoder.codesets.IndexTerm t : mains) {
            String head = References.titleKey(t.title().split(",")[0]);
            out.add(head);
            if (head.equals("disease") || head.equals("syndrome")) {
                for (org.medcoder.codesets.IndexTerm sub : t.subterms()) {
                    out.add(References.titleKey(sub.title()) + " " + head);
                }
            }
        }
        return out;
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
