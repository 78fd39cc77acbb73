package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.medcoder.codesets.CodeRange;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.NoteKind;
import org.medcoder.core.IcdCmCode;

/**
 * The search of the Alphabetic Index and the tables for a statement: every main term containing one of its words is
 * walked down (Navigator) and the path accounting for the most words wins (coder's rule: the main term is the
 * condition, and every subterm must be supported by the statement); the tables compete on the same measure.
 */
final class IndexLookup {

    private static final String FAMILY = Words.stem("family");

    private final IcdCmRelease release;
    private final Vocabulary vocabulary;
    private final IndexGraph index;
    private final Navigator navigator;
    private final Tables tables;
    private final ConcurrentHashMap<String, List<CodeRange>> noteRanges = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Optional<IcdCmCode>> indexCodes = new ConcurrentHashMap<>();

    IndexLookup(IcdCmRelease release, Vocabulary vocabulary, IndexGraph index, Navigator navigator, Tables tables) {
        this.release = release;
        this.vocabulary = vocabulary;
        this.index = index;
        this.navigator = navigator;
        this.tables = tables;
    }

    /** The index or table path that accounts for the most words of the statement, or null. */
    Lookup lookup(Statement s) {
        Navigator.Walk best = null;
        int bestRank = Integer.MIN_VALUE;
        List<Navigator.Walk> walks = new ArrayList<>();
        for (Node main : matchingMainTerms(s)) {
            Navigator.Walk w = navigator.from(main, s.match(main), s.optional(main), s);
            if (w.coded() == null || relativesOfThePatient(w, s)) {
                continue;
            }
            walks.add(w);
            int rank = w.rank(s) - (main.supplementary ? 3 : 0);
            if (best == null || rank > bestRank || rank == bestRank && w.depth() < best.depth()) {
                best = w;
                bestRank = rank;
            }
        }
        Navigator.Walk manifestation = best == null || walks.size() < 2 ? null : codedFirstBy(best, walks);
        if (manifestation != null) {
            best = manifestation;
        }
        Lookup chosen = choose(best == null ? null : Lookup.of(best, s), bestRank, s);
        chosen = chosen != null ? chosen : unspecifiedSite(s);
        return chosen != null ? chosen : withKidney(s);
    }

    private static final java.util.regex.Pattern RENAL = java.util.regex.Pattern.compile("\\brenal\\b");

    /**
     * Nothing found for a statement that says "renal": the index writes most kidney conditions under "kidney"
     * only ("Hypoplasia, kidney(s), unilateral" Q60.3, no "renal" subterm), so the adjective is read as the noun
     * it stands for, word for word (the statement's word positions are unchanged). Tried only when the statement
     * found nothing as written (rare: no cost on the hot path).
     */
    private Lookup withKidney(Statement s) {
        String low = Lower.of(s.text);
        if (low.indexOf("renal") < 0 || !RENAL.matcher(low).find()) {
            return null;
        }
        Statement kidney = Statement.analyse(RENAL.matcher(low).replaceAll("kidney"), vocabulary);
        return kidney.stems.length == s.stems.length ? lookup(kidney) : null;
    }

    /**
     * Whether the walk reached a family history code through "History, personal (of), see also History, family
     * (of)" for a statement that names no relative: the patient's own history is not the family's (I.C.21.c.4);
     * the personal history code is then found by its title.
     */
    private static boolean relativesOfThePatient(Navigator.Walk w, Statement s) {
        for (Navigator.Step st = w.last(); st != null; st = st.previous()) {
            if (st.via().startsWith("see also") && st.node().term.title().startsWith("family")
                    && !s.hasPrefix(FAMILY)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A morphology term whose site the statement does not document: the index's own "unspecified site" subterm
     * ("Glioblastoma (multiforme), unspecified site" C71.9), the default of I.A.18 for a term sent "by site".
     */
    private Lookup unspecifiedSite(Statement s) {
        Morphology.Entry e = tables.morphology(s);
        if (e == null) {
            return null;
        }
        // Down the morphology's subterms the statement names ("Adenoma, follicular"), then its "unspecified site".
        Navigator.Walk w = navigator.from(e.term(), Math.max(0, s.match(e.term())), s.optional(e.term()), s);
        for (Node c : w.last().node().children) {
            if (!c.code().isEmpty() && c.term.title().strip().equalsIgnoreCase("unspecified site")) {
                return Lookup.of(new Navigator.Walk(w.required(), w.optional(), new Navigator.Step(c, w.last(), ""),
                        w.depth() + 1), s);
            }
        }
        // No "unspecified site" subterm ("Adenocarcinoma - see also Neoplasm, malignant, by site"): the table's
        // "Neoplasm, neoplastic" row in the morphology's column, C80.1 for a primary malignancy (I.C.2, I.A.18).
        Tables.Hit h = e.site().isEmpty() ? tables.unspecifiedSite(s, e.column()) : null;
        return h == null ? null : Lookup.of(h, "Table of Neoplasms");
    }

    /** Up to five index main terms near the statement's first word, for a statement that found no code. */
    List<String> nearest(Statement s) {
        String word = s.stems.length == 0 ? s.text.strip() : s.stems[0];
        if (word.length() > 40) {
            word = word.substring(0, 40);
        }
        return index.nearest(word.replace("~", ""), 5);
    }

    /**
     * Another path of the statement whose code says "code first" the best path's condition and that names a word
     * the best path does not ("anemia in stage 3b CKD": D63.1 "Anemia in chronic kidney disease", code first
     * underlying CKD (N18.-), rather than N18.32 alone). It is coded, and its note sequences the underlying
     * condition first (I.A.13, etiology/manifestation convention). Null when there is none.
     */
    private Navigator.Walk codedFirstBy(Navigator.Walk best, List<Navigator.Walk> walks) {
        IcdCmCode underlying = indexCode(best.coded().code());
        if (underlying == null) {
            return null;
        }
        for (Navigator.Walk w : walks) {
            IcdCmCode c = indexCode(w.coded().code());
            if (w == best || c == null || c.category().equals(underlying.category())
                    || (w.covered() & ~best.covered()) == 0 || names(underlying, NoteKind.USE_ADDITIONAL_CODE, c)) {
                // When the best path's own note already pairs the other code (E11.22: use additional code for the
                // CKD stage), the best path is the etiology and pairing adds the other.
                continue;
            }
            if (names(c, NoteKind.CODE_FIRST, underlying)) {
                return w;
            }
        }
        return null;
    }

    /** Whether a note of that kind at {@code code} names {@code other}. */
    private boolean names(IcdCmCode code, NoteKind kind, IcdCmCode other) {
        List<CodeRange> refs = NotePairing.cached(noteRanges, kind.ordinal() + ":" + code.value(),
                k -> release.notes(code).stream().filter(n -> n.note().kind() == kind)
                        .flatMap(n -> n.note().references().stream()).toList());
        for (CodeRange r : refs) {
            if (r.contains(other)) {
                return true;
            }
        }
        return false;
    }

    /** An index code ("N18.3-", "D63.1") as a code of the release, or null. */
    private IcdCmCode indexCode(String indexCode) {
        return NotePairing.cached(indexCodes, indexCode, k -> {
            try {
                IcdCmCode c = IcdCmCode.parse(k.replace("-", "").replace(".", "").strip());
                return release.entry(c).isPresent() ? Optional.of(c) : Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    /**
     * The main terms the statement matches, in the order a coder's scan takes them: by the first statement word they
     * contain, then in index order (ties between equally good paths go to the first). Candidates come from the
     * rarest-word index, a few per statement instead of every term containing a common word.
     */
    private List<Node> matchingMainTerms(Statement s) {
        List<Node> found = new ArrayList<>();
        List<long[]> keys = new ArrayList<>();
        for (int id : s.ids) {
            for (Node main : index.candidateMainTerms(id)) {
                if (s.match(main) >= 0) {
                    long first = Long.numberOfTrailingZeros(s.maskOf(main.words));
                    keys.add(new long[] {first << 32 | main.ordinal, found.size()});
                    found.add(main);
                }
            }
        }
        keys.sort((a, b) -> Long.compare(a[0], b[0]));
        List<Node> out = new ArrayList<>(keys.size());
        long previous = -1;
        for (long[] k : keys) {
            if (k[0] != previous) {
                out.add(found.get((int) k[1]));
                previous = k[0];
            }
        }
        return out;
    }

    /** The index lookup, unless a table accounts for as much of the statement. */
    private Lookup choose(Lookup fromIndex, int rank, Statement s) {
        Lookup best = fromIndex;
        // A factor influencing health status (history, screening, status: chapter 21) that accounts for as much of
        // the statement as a table is what the statement is about; the neoplasm or drug is its detail.
        int needed = fromIndex != null && fromIndex.code.startsWith("Z") ? rank + 1 : rank;
        if (fromIndex != null && fromIndex.code.startsWith("Z1") && s.hasPrefix("screen")) {
            // Screening is testing for a disease in a person without its signs (I.C.21.c.5): "screening for lung
            // cancer" is Z12.2, never the neoplasm it looks for.
            return fromIndex;
        }
        Tables.Hit neo = tables.neoplasm(s, vocabulary);
        Morphology.Entry morph = neo == null || fromIndex == null ? null : tables.morphology(s);
        // A morphology term whose own subterms code the site ("Leiomyoma, uterus" D25.9) is coded from the index:
        // its "see also Neoplasm" applies only to sites it does not list (I.A.16); a table row explaining more of
        // the statement ("basal cell carcinoma of skin of back": skin, back, basal cell carcinoma C44.519) wins.
        boolean ownSite = morph != null && namesMorphology(fromIndex.context, morph.term())
                && fromIndex.guide.isEmpty() && fromIndex.missing.isEmpty() && !Tables.statesBehaviour(s)
                && (neo.walk().score() <= fromIndex.score || neo.siteFromIndex());
        if (neo != null && !ownSite && (best == null || neo.walk().score() >= needed)) {
            best = Lookup.of(neo, "Table of Neoplasms");
        }
        Tables.Hit drug = tables.drug(s, vocabulary);
        if (drug != null && (best == null || drug.walk().score() >= needed)) {
            best = Lookup.of(drug, "Table of Drugs and Chemicals");
        }
        return best;
    }

    /**
     * Whether the index path's context is the morphology term: its main term ("Sarcoma, Kaposi's, palate"), or a main
     * term whose first subterm is the morphology ("Kaposi's, sarcoma, palate" C46.2). The histologic term is looked
     * up in the Alphabetic Index before the Neoplasm Table (I.C.2, Neoplasm Table introduction; I.A.16).
     */
    private static boolean namesMorphology(List<Node> context, Node morphology) {
        return !context.isEmpty() && (context.get(0) == morphology
                || context.size() > 1 && java.util.Arrays.equals(context.get(1).words, morphology.words));
    }
}
