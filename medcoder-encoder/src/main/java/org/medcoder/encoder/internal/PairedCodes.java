package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodedCode;
import org.medcoder.encoder.OpenQuestion;

/**
 * The codes a code's "code first" and "use additional code" notes pair with it for a statement (I.A.13), each
 * completed in the Tabular List; the drug of an adverse effect comes from the Table of Drugs and Chemicals.
 */
final class PairedCodes {

    private final NotePairing pairing;
    private final Tables tables;
    private final TabularWalker walker;
    private final Coding coding;

    /** The paired codes of the release whose notes {@code pairing} reads. */
    PairedCodes(NotePairing pairing, Tables tables, TabularWalker walker, Coding coding) {
        this.pairing = pairing;
        this.tables = tables;
        this.walker = walker;
        this.coding = coding;
    }

    /**
     * Adds the codes the notes of {@code source} pair for the statement (I.A.13): "code first" ones to
     * {@code before}, "use additional code" ones to {@code after}; {@code additionalOnly}: no "code first".
     */
    void pair(EncodedCode source, Statement s, long explained, EncodeOptions options,
            List<OpenQuestion> questions, List<EncodedCode> before, List<EncodedCode> after, boolean additionalOnly) {
        for (NotePairing.Pair p : pairs(source, s, explained, additionalOnly)) {
            if (additionalOnly && p.first()) {
                continue;
            }
            String paired = p.code().value();
            String via = "";
            boolean drugNote = CodeAdditions.adverseEffect(p.code());
            if (p.first() && adverseEffectOf(source, paired, s)) {
                // The T36-T50 "code first, for adverse effects, the nature of the adverse effect, such as ..." lists
                // examples: the nature is the condition the statement states, coded already, never a listed example;
                // "code first (T51-T65) to identify toxic agent" is for a toxic agent, not a drug's adverse effect,
                // coded from the Table of Drugs and Chemicals (I.C.19.e.5.a).
                continue;
            }
            if (drugNote && p.first()) {
                // "Code first (T36-T65 ...1-4 or 6)" asks for a poisoning; an adverse effect's drug code follows
                // the nature of the effect, never before it (I.C.19.e.5.a, I.C.19.e.5.b).
                continue;
            }
            Tables.Hit agent = p.first() && toxicAgent(paired) ? toxicAgent(s) : null;
            if (agent != null) {
                // "Code first (T51-T65) to identify chemical and intent" (T20-T32 corrosions): the chemical the
                // statement names, in the column of the stated intent, from the Table of Drugs and Chemicals
                // (I.C.19.d.3, I.C.19.e.5.b), not the table's unspecified-substance code.
                paired = agent.code();
                via = "; " + Lookup.of(agent, "Table of Drugs and Chemicals").path;
            }
            if (drugNote) {
                // The drug of an adverse effect comes from the Table of Drugs and Chemicals, never from a title.
                Tables.Hit drug = tables.adverseEffect(s);
                if (drug == null) {
                    continue;
                }
                paired = drug.code();
                via = "; " + Lookup.of(drug, "Table of Drugs and Chemicals").path;
            }
            Optional<TabularWalker.Result> r = walker.complete(paired, s, options, -1L);
            if (r.isEmpty()) {
                continue;
            }
            questions.addAll(r.get().questions());
            String how = (p.first() ? "code first" : "use additional code") + " note at " + p.note().at() + ": "
                    + p.note().note().text() + via;
            EncodedCode ec = coding.coded(r.get(), how, List.of("I.A.13", "I.B.1"));
            (p.first() ? before : after).add(ec);
        }
    }

    /**
     * Whether a "code first" code is no partner of a drug code: the source is one (T36-T50: adverse effect,
     * poisoning or underdosing), or the partner is a toxic agent (T51-T65) while the statement names a drug of the table.
     */
    private boolean adverseEffectOf(EncodedCode source, String paired, Statement s) {
        String v = source.code().value();
        if (v.length() >= 6 && CodeAdditions.adverseEffect(source.code())) {
            // Any T36-T50 source: the note's "code first ... the nature of the adverse effect" is for an adverse
            // effect (...5) only; a poisoning (...1-4) codes its manifestations after it (I.C.19.e.5.b) and an
            // underdosing (...6) its relapse after it (I.C.19.e.5.c), never a listed example before it.
            return true;
        }
        return paired.compareTo("T51") >= 0 && paired.compareTo("T66") < 0 && tables.adverseEffect(s) != null;
    }

    private static boolean toxicAgent(String code) {
        return code.compareTo("T51") >= 0 && code.compareTo("T66") < 0;
    }

    /** The toxic agent (T51-T65) the statement names, in the column of its stated intent (else accidental), or null. */
    private Tables.Hit toxicAgent(Statement s) {
        int column = Tables.drugColumn(s);
        Tables.Hit h = column > 3 ? null : tables.substance(s, column);
        return h != null && toxicAgent(h.code()) ? h : null;
    }

    /** The pairs of the source's notes: "code first" ones, then "use additional code" ones in code order. */
    private List<NotePairing.Pair> pairs(EncodedCode source, Statement s, long explained, boolean additionalOnly) {
        List<NotePairing.Pair> pairs = new ArrayList<>();
        List<NotePairing.Pair> additional = new ArrayList<>();
        for (NotePairing.Pair p : pairing.pairs(source.code(), s, explained, additionalOnly)) {
            (p.first() ? pairs : additional).add(p);
        }
        // Several "use additional code" phrases of one list ("urinary frequency", "nocturia" at N40.1) in code order.
        additional.sort((a, b) -> a.code().compareTo(b.code()));
        pairs.addAll(additional);
        return pairs;
    }
}
