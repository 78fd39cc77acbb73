package org.medcoder.encoder.internal;

import java.util.List;
import java.util.Set;

/**
 * The two tables of the index: the Neoplasm table (site by behaviour, Guideline I.C.2) and the Table of Drugs and
 * Chemicals (substance by intent, I.C.19.e.5). A statement reaches a table through its trigger words; the column
 * comes from the statement (behaviour or intent), the row from the same path search as the Alphabetic Index.
 */
final class Tables {

    /** A table lookup: the path through the table and the column its code was read from. */
    record Hit(Navigator.Walk walk, int column, String columnName, String code, String guideline) {

        /** Whether the row's site came from the morphology's reference, not from the statement's words. */
        boolean siteFromIndex() {
            return columnName.contains(SITE_FROM_INDEX);
        }
    }

    private static final String SITE_FROM_INDEX = " (site from the index: ";

    private static final Set<String> NEOPLASM_TRIGGERS = stems("neoplasm", "neoplast", "cancer", "carcinoma",
            "adenocarcinoma", "malignancy", "metastat", "metastasi", "metastas", "tumor", "tumour", "situ");
    private static final Set<String> NEOPLASM_WORDS = stems("malignant", "primary", "secondary", "metastat",
            "metastasi", "metastas", "situ", "benign", "uncertain", "behavior", "behaviour");
    private static final Set<String> DRUG_TRIGGERS = stems("poison", "advers", "underdos", "toxic");
    private static final Set<String> DRUG_WORDS = stems("effect", "accidental", "intentional", "self", "harm",
            "suicide", "attempt", "assault", "undetermined", "unintentional", "overdose");

    private static Set<String> stems(String... words) {
        return java.util.Arrays.stream(words).map(Words::stem).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private final IndexGraph neoplasms;
    private final IndexGraph drugs;
    private final Navigator neoplasmNavigator;
    private final Navigator drugNavigator;

    private final Morphology morphology;
    private final Vocabulary vocabulary;

    /**
     * Words of Alphabetic Index main terms that send to the Table of Drugs and Chemicals ("Sting (venomous) - see
     * Table of Drugs and Chemicals, by animal or substance, poisoning"): they lead to the table as "poisoning" does.
     */
    private final List<Node> drugReferences = new java.util.ArrayList<>();

    Tables(IndexGraph neoplasms, IndexGraph drugs, IndexGraph index, Vocabulary vocabulary) {
        this.morphology = new Morphology(index, vocabulary);
        for (Node main : index.mainTerms) {
            if (main.code().isEmpty() && main.term.see().startsWith("Table of Drugs")) {
                drugReferences.add(main);
            }
        }
        this.vocabulary = vocabulary;
        this.neoplasms = neoplasms;
        this.drugs = drugs;
        this.neoplasmNavigator = new Navigator(neoplasms);
        this.drugNavigator = new Navigator(drugs);
    }

    /** The Neoplasm table row and column for the statement, or null when it names no neoplasm with a site. */
    Hit neoplasm(Statement s, Vocabulary v) {
        Morphology.Entry morph = morphology == null ? null : morphology.of(s);
        long trigger = mask(s, NEOPLASM_TRIGGERS);
        if (trigger == 0 && morph == null || neoplasms.mainTerms.isEmpty()) {
            return null;
        }
        // A morphology term of the index that sends to the table ("Adenoma, see also Neoplasm, benign, by site")
        // gives the column unless the statement states the behaviour (I.C.2, Neoplasm table introduction).
        int column = morph == null || statesBehaviour(s) ? neoplasmColumn(s) : morph.column();
        long cov = trigger | mask(s, NEOPLASM_WORDS) | (morph == null ? 0 : s.maskOf(morph.term().words));
        Hit best = row(s, cov, column);
        if (morph != null && !morph.site().isEmpty() && vocabulary != null) {
            // The site the reference names ("Meningioma, see also Neoplasm, meninges, benign"): alone when no site
            // is documented; read with the documented one when that site is a row under it ("Dermatofibroma, see
            // Neoplasm, skin, benign" of the thigh: skin, limb, lower D23.7-, not "thigh NEC" D36.7). A documented
            // site that is no row under it keeps its own ("angiosarcoma of heart": C38.0, the connective-tissue
            // list has no heart; Neoplasm table introduction).
            Statement sited = Statement.analyse(s.text + " " + morph.site(), vocabulary);
            Hit h = row(sited, cov | mask(sited, NEOPLASM_TRIGGERS) | sited.maskOf(morph.term().words), column);
            long documented = best == null ? 0 : best.walk().covered() & ~cov;
            if (h != null && (h.walk().covered() & documented) == documented) {
                best = new Hit(h.walk(), h.column(), h.columnName() + SITE_FROM_INDEX + morph.term().display()
                        + ", see Neoplasm, " + morph.site() + ")", h.code(), h.guideline());
            }
        }
        return best;
    }

    /** The morphology term of the statement that sends to the Neoplasm table, or null. */
    Morphology.Entry morphology(Statement s) {
        return morphology == null ? null : morphology.of(s);
    }

    /**
     * The table's main row "Neoplasm, neoplastic" in the column (primary C80.1, "Neoplasm, unspecified site"): a
     * morphology sent to the table "by site" whose site the statement does not state (I.C.2, I.A.18); null if none.
     */
    Hit unspecifiedSite(Statement s, int column) {
        for (Node main : neoplasms.mainTerms) {
            String code = column < main.term.cells().size() ? main.term.cells().get(column) : "";
            if (code != null && !code.isEmpty()) {
                Navigator.Walk w = new Navigator.Walk(0, 0, new Navigator.Step(main, null, ""), 1);
                return new Hit(w, column, neoplasms.source.columns().get(column), code, "I.C.2");
            }
        }
        return null;
    }

    private Hit row(Statement s, long cov, int column) {
        Hit best = null;
        for (Node main : neoplasms.mainTerms) {
            long m = s.match(main);
            Navigator.Walk w = neoplasmNavigator.from(main, (m < 0 ? 0 : m) | cov, s.optional(main), s);
            Node cell = w.withCell(column);
            // The main row's cell (C80.1 "unknown site") is never taken for a site row without a cell of its own.
            if (cell == null || cell == main) {
                continue;
            }
            if (best == null || w.score() > best.walk().score()) {
                best = new Hit(w, column, neoplasms.source.columns().get(column), cell.term.cells().get(column),
                        "I.C.2");
            }
        }
        return best;
    }

    /** Whether the statement states a behaviour (secondary, in situ, benign, uncertain, malignant). */
    static boolean statesBehaviour(Statement s) {
        return s.has(Words.stem("secondary")) || s.hasPrefix(Words.stem("metasta")) || s.has(Words.stem("situ"))
                || s.has(Words.stem("benign")) || s.has(Words.stem("uncertain")) || s.has(Words.stem("malignant"));
    }

    /** Column of the Neoplasm table: 0 primary, 1 secondary, 2 in situ, 3 benign, 4 uncertain, 5 unspecified. */
    private static int neoplasmColumn(Statement s) {
        if (s.has(Words.stem("secondary")) || s.hasPrefix(Words.stem("metasta"))) {
            return 1;
        }
        if (s.has(Words.stem("situ"))) {
            return 2;
        }
        if (s.has(Words.stem("benign"))) {
            return 3;
        }
        if (s.has(Words.stem("uncertain"))) {
            return 4;
        }
        if (s.has(Words.stem("malignant")) || s.has(Words.stem("cancer")) || s.has(Words.stem("carcinoma")) || s.has(Words.stem("adenocarcinoma"))
                || s.has(Words.stem("malignancy")) || s.has(Words.stem("primary"))) {
            return 0;
        }
        return 5;
    }

    /** The Drug table row and column for the statement, or null when it names no poisoning or adverse effect. */
    Hit drug(Statement s, Vocabulary v) {
        long trigger = mask(s, DRUG_TRIGGERS);
        if (trigger == 0) {
            for (Node ref : drugReferences) {
                trigger |= Math.max(0, s.match(ref));
            }
        }
        if (trigger == 0) {
            return null;
        }
        long cov = trigger | mask(s, DRUG_WORDS);
        int column = drugColumn(s);
        Hit best = null;
        for (int id : s.ids) {
            for (Node main : drugs.mainTermsWith(id)) {
                long m = s.match(main);
                if (m < 0) {
                    continue;
                }
                Navigator.Walk w = drugNavigator.from(main, m | cov, s.optional(main), s);
                Node cell = w.withCell(column);
                if (cell != null && (best == null || w.score() > best.walk().score())) {
                    best = new Hit(w, column, drugs.source.columns().get(column), cell.term.cells().get(column),
                            column == 4 ? "I.C.19.e.5.a" : column == 5 ? "I.C.19.e.5.c" : "I.C.19.e.5.b");
                }
            }
        }
        return best;
    }

    private static final Set<String> GENERIC_SUBSTANCES = stems("drug", "medicament", "substance", "agent",
            "biological", "induced", "chemical");

    /**
     * The adverse-effect code of the substance the statement names, for a "use additional code for adverse effect,
     * if applicable, to identify drug (T36-T50 with fifth or sixth character 5)" note (Guideline I.C.19.e.5.a);
     * null when the statement names no specific substance ("due to medication" identifies none).
     */
    Hit adverseEffect(Statement s) {
        return substance(s, 4);
    }

    /**
     * The row of the substance the statement names and its cell in the column (0 accidental ... 5 underdosing), for a
     * substance named apart from the intent words (several substances of one poisoning, I.C.19.e.5.b); null when the
     * statement names none with a code in that column (Heroin has no adverse-effect column).
     */
    Hit substance(Statement s, int column) {
        long generic = mask(s, GENERIC_SUBSTANCES);
        long all = s.stems.length == 64 ? -1L : (1L << s.stems.length) - 1;
        if ((all & ~s.head & ~generic & ~StatementWords.contextWords(s)) != 0) {
            // The substance is named in the cause, not in the condition: "hypotension due to hydralazine" is not
            // the row "Hypotensive NEC" (the condition's own word) but Hydralazine (I.C.19.e.5.a).
            generic |= s.head;
        }
        Hit best = null;
        for (int id : s.ids) {
            for (Node main : drugs.mainTermsWith(id)) {
                long m = s.match(main);
                if (m < 0 || (m & ~generic) == 0) {
                    continue;
                }
                Navigator.Walk w = drugNavigator.from(main, m, s.optional(main), s);
                Node cell = w.withCell(column);
                if (cell != null && (best == null || w.score() > best.walk().score())) {
                    best = new Hit(w, column, drugs.source.columns().get(column), cell.term.cells().get(column),
                            column == 4 ? "I.C.19.e.5.a" : column == 5 ? "I.C.19.e.5.c" : "I.C.19.e.5.b");
                }
            }
        }
        return best;
    }

    /**
     * Column of the Drug table: 0 accidental, 1 intentional self-harm, 2 assault, 3 undetermined, 4 adverse effect,
     * 5 underdosing. A poisoning of unstated intent is accidental (Guideline I.C.19.e.5.b).
     */
    static int drugColumn(Statement s) {
        if (s.hasPrefix(Words.stem("advers"))) {
            return 4;
        }
        if (s.hasPrefix(Words.stem("underdos"))) {
            return 5;
        }
        if (s.hasPrefix(Words.stem("intentional")) || s.has(Words.stem("self")) || s.hasPrefix(Words.stem("suicid"))) {
            return 1;
        }
        if (s.hasPrefix(Words.stem("assault"))) {
            return 2;
        }
        if (s.hasPrefix(Words.stem("undetermin"))) {
            return 3;
        }
        return 0;
    }

    private static long mask(Statement s, Set<String> words) {
        long m = 0;
        for (int i = 0; i < s.stems.length; i++) {
            String st = s.stems[i];
            for (String w : words) {
                if (st.startsWith(w)) {
                    m |= 1L << i;
                    break;
                }
            }
        }
        return m;
    }

    List<String> columnNames(boolean drug) {
        return (drug ? drugs : neoplasms).source.columns();
    }
}
