package org.medcoder.encoder.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The cross-references of one index ("see", "see also" texts), parsed once each for {@link Navigator}: whether one
 * sends back to the condition, and the parts of a "by site" reference with the terms it names (hot path: a walk
 * meets the same references for every statement). References are texts of the index, so the maps stay small.
 */
final class References {

    /** A reference "X, by site, Y": its comma-separated parts, the position of "by site", its tail and heads. */
    record BySite(String[] parts, String[] keys, int k, String tail, List<Node> heads) {
    }

    private static final BySite NONE = new BySite(new String[0], new String[0], -1, "", List.of());
    private static final Pattern NOT_KEY = Pattern.compile("[^a-z0-9,]+");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

    private final IndexGraph graph;
    private final ConcurrentHashMap<String, BySite> bySite = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> see = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> seeAlso = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> guide = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> last = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<Node>> all = new ConcurrentHashMap<>();

    References(IndexGraph graph) {
        this.graph = graph;
    }

    /** Whether the reference is "see condition": back to the condition's own main term, nothing to follow. */
    boolean condition(String ref) {
        return ref.regionMatches(true, 0, "condition", 0, 9);
    }

    /** How a step reached the reference: {@code via} ("see" or "see also"), a blank, the reference. */
    String via(String via, String ref) {
        ConcurrentHashMap<String, String> m = via.equals("see") ? see : via.equals("see also") ? seeAlso : null;
        return m == null ? via + " " + ref : m.computeIfAbsent(ref, r -> via + " " + r);
    }

    /** The reference's words as a guide for the Tabular List check: its commas as blanks. */
    String guide(String ref) {
        return guide.computeIfAbsent(ref, r -> r.replace(",", " "));
    }

    /**
     * For a reference "by site" or "by type", the title key of its last other part ("Neoplasm, by site, malignant"
     * and "Neoplasm, malignant, by site" -> "malignant"); empty for other references.
     */
    String lastKey(String ref) {
        return last.computeIfAbsent(ref, r -> {
            if (!r.toLowerCase(Locale.ROOT).contains(", by ")) {
                return "";
            }
            String[] parts = r.split(",");
            for (int i = parts.length - 1; i > 0; i--) {
                String k = titleKey(parts[i]);
                if (!k.startsWith("by ") && !k.isEmpty()) {
                    return k;
                }
            }
            return titleKey(parts[0]);
        });
    }

    /** The reference's "by site" parts, or null when it has no "by site" followed by a subterm. */
    BySite bySite(String ref) {
        BySite b = bySite.computeIfAbsent(ref, this::parse);
        return b == NONE ? null : b;
    }

    private BySite parse(String ref) {
        String[] parts = ref.split(",");
        int k = -1;
        for (int i = 1; i < parts.length - 1 && k < 0; i++) {
            k = parts[i].strip().toLowerCase(Locale.ROOT).startsWith("by site") ? i : -1;
        }
        if (k < 0) {
            return NONE;
        }
        String tail = String.join(" ", Arrays.copyOfRange(parts, k + 1, parts.length)).strip();
        String[] keys = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            keys[i] = titleKey(parts[i]);
        }
        List<Node> heads = List.copyOf(graph.resolveAll(String.join(",", Arrays.copyOf(parts, k))));
        return new BySite(parts, keys, k, tail, heads);
    }

    /**
     * The term the reference names under the main term {@code from} is in, or null: the FY2023 index splits
     * "Fracture" into main terms ("Fracture, pathological", "Fracture, traumatic"), and "see Fracture, vertebra" under
     * "Fracture, traumatic, spine" means the vertebra of the same main term, not the pathological one (I.A.16).
     */
    Node withinMain(Node from, String ref) {
        Node main = from;
        while (main.parent != null) {
            main = main.parent;
        }
        for (Node t : all.computeIfAbsent(ref, graph::resolveAll)) {
            Node root = t;
            while (root.parent != null) {
                root = root.parent;
            }
            if (root == main) {
                return t;
            }
        }
        return null;
    }

    /**
     * Normalised title for "see" lookups: lower case, single blanks ({@link IndexGraph#titleKey}; patterns compiled
     * once, not per call).
     */
    static String titleKey(String title) {
        return COMMA.matcher(NOT_KEY.matcher(title.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll(",").strip();
    }

    /**
     * Whether the subterm is the one the reference names: its title is the reference's last part, or the statement
     * states the words it adds ("Cancer - see also Neoplasm, by site, malignant" reaches "malignant mast cell" only by
     * a prefix; with no site stated it is C80.1, I.A.16, I.C.2): an unstated qualifier is never matched.
     */
    static boolean named(Node sub, String last, Statement s) {
        return sub.key.equals(last) || s.match(sub) >= 0;
    }
}
