package org.medcoder.encoder.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Morphology terms of the Alphabetic Index that send the coder to the Neoplasm table ("Glioblastoma ... specified
 * site - see Neoplasm, malignant, by site"; "Adenoma - see also Neoplasm, benign, by site"; "Meningioma - see also
 * Neoplasm, meninges, benign"). Guideline I.C.2 and the Neoplasm table's introduction: the morphology (histologic
 * type) is looked up in the index first; its cross-reference gives the table column (behaviour) and, when it names
 * one, the site row; "by site" means the site the statement documents. Compiled once from the index: only main terms
 * without a code of their own (a term with its own codes, like "Melanoma", is coded through the index).
 */
final class Morphology {

    /**
     * What a morphology term says: the Neoplasm table column (0 primary, 1 secondary, 2 in situ, 3 benign,
     * 4 uncertain), the site the reference names ("meninges"; empty for "by site"), the index code for an
     * unspecified site ("Glioblastoma, unspecified site" C71.9; empty when none) and the term's node.
     */
    record Entry(int column, String site, String unspecifiedSiteCode, Node term) {
    }

    private final Map<Integer, Entry> byWord = new HashMap<>();

    Morphology(IndexGraph index, Vocabulary vocabulary) {
        for (Node main : index.mainTerms) {
            if (!main.code().isEmpty() || main.words.length != 1) {
                continue;
            }
            Entry e = entry(main);
            if (e != null) {
                byWord.putIfAbsent(main.words[0], e);
            }
        }
    }

    private static Entry entry(Node main) {
        String ref = neoplasmReference(main.term.see(), main.term.seeAlso());
        String unspecified = "";
        for (Node c : main.children) {
            String title = c.term.title().toLowerCase(Locale.ROOT).strip();
            if (ref == null && title.equals("specified site")) {
                ref = neoplasmReference(c.term.see(), c.term.seeAlso());
            } else if (title.equals("unspecified site") && !c.code().isEmpty()) {
                unspecified = c.code();
            }
        }
        if (ref == null) {
            return null;
        }
        int column = column(ref);
        if (column < 0) {
            return null;
        }
        return new Entry(column, site(ref), unspecified, main);
    }

    /** The reference when it sends to the Neoplasm table, else null. */
    private static String neoplasmReference(String see, String seeAlso) {
        for (String r : new String[] {see, seeAlso}) {
            String t = r.strip().toLowerCase(Locale.ROOT);
            if (t.startsWith("neoplasm")) {
                return t;
            }
        }
        return null;
    }

    /** The column a reference names; -1 when it names none. */
    static int column(String ref) {
        if (ref.contains("secondary")) {
            return 1;
        }
        if (ref.contains("in situ")) {
            return 2;
        }
        if (ref.contains("benign")) {
            return 3;
        }
        if (ref.contains("uncertain")) {
            return 4;
        }
        return ref.contains("malignant") ? 0 : -1;
    }

    /** The site words of a reference ("neoplasm, meninges, benign" -> "meninges"; "by site" -> ""). */
    private static String site(String ref) {
        StringBuilder sb = new StringBuilder();
        String[] parts = ref.split(",");
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.startsWith("by ") || column(p) >= 0 || p.equals("behavior") || p.isEmpty()) {
                continue;
            }
            sb.append(sb.length() == 0 ? "" : " ").append(p);
        }
        return sb.toString();
    }

    /** The morphology entry of the first statement word that is one, or null (hot path: one map probe a word). */
    Entry of(Statement s) {
        if (byWord.isEmpty()) {
            return null;
        }
        for (int id : s.ids) {
            Entry e = byWord.get(id);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    /** Number of morphology terms known (for tests). */
    int size() {
        return byWord.size();
    }
}
