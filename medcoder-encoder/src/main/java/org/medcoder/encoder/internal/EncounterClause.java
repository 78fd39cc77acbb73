package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.medcoder.core.IcdCmCode;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;

/**
 * "Encounter for X, Y": the reason for the encounter (a Z40-Z53 code for a service: fitting of a device, therapy,
 * aftercare) is listed first and the condition it serves follows (Guideline I.C.21.a, I.C.21.c.7 and .c.8 "Z
 * codes ... first-listed", Section IV.D): "encounter for insulin pump fitting, type 1 diabetes mellitus with
 * hyperglycemia" is Z46.81 E10.65. Each part is coded alone (I.B.1). Applied only when the codes found for the whole
 * statement are a part of what the two parts give (they lost one), never to replace codes found otherwise. Runs only
 * when the statement begins with "encounter for" and has a second clause.
 */
final class EncounterClause {

    private static final List<String> SECTIONS = List.of("I.C.21.a", "IV.D");

    private final Engine engine;
    private final Coding coding;

    EncounterClause(Engine engine, Coding coding) {
        this.engine = engine;
        this.coding = coding;
    }

    /** {@code r} with the encounter's Z code first and the condition's codes after it. */
    EncodeResult apply(Statement s, EncodeResult r, EncodeOptions options) {
        String t = s.text.toLowerCase(Locale.ROOT);
        int cut = Math.max(t.indexOf(','), t.indexOf(';'));
        if (!t.startsWith("encounter for") || cut < 0 || t.indexOf(',') >= 0 && t.indexOf(';') >= 0) {
            return r; // literal pre-check (hot path); one clause boundary only
        }
        EncodeResult z = engine.encodePlain(s.text.substring(0, cut), options);
        if (z.codes().isEmpty() || !encounterCode(z.codes().get(0).code())) {
            return r;
        }
        EncodeResult rest = engine.encodeCertain(s.text.substring(cut + 1).strip(), options);
        if (rest.codes().isEmpty() || rest.codes().stream().anyMatch(c -> encounterCode(c.code()))) {
            return r;
        }
        List<EncodedCode> out = new ArrayList<>();
        out.add(z.codes().get(0).withStep("the reason for the encounter, listed first; the condition it serves"
                + " follows (I.C.21.a, IV.D)", SECTIONS));
        out.addAll(rest.codes());
        Set<IcdCmCode> union = new HashSet<>();
        out.forEach(c -> union.add(c.code()));
        Set<IcdCmCode> had = new HashSet<>();
        r.codes().forEach(c -> had.add(c.code()));
        if (!union.containsAll(had) || had.containsAll(union)) {
            return r; // the statement's own codes are not a part of the two parts', or nothing was lost
        }
        List<org.medcoder.encoder.OpenQuestion> questions = new ArrayList<>(z.questions());
        questions.addAll(rest.questions());
        return new EncodeResult(r.statement(), coding.finish(out), questions, r.nearestTerms(), r.release(),
                r.notes());
    }

    /** A Z code of an encounter for a service (Z40-Z53: procedures, aftercare, fitting, therapy). */
    private static boolean encounterCode(IcdCmCode c) {
        String v = c.value();
        return v.startsWith("Z4") || v.startsWith("Z50") || v.startsWith("Z51") || v.startsWith("Z52")
                || v.startsWith("Z53");
    }
}
