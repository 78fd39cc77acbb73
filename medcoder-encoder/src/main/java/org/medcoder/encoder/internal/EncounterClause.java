package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
    private static final List<String> AFTERCARE = List.of("I.C.21.c.7", "I.C.19.a");

    private final Engine engine;
    private final TabularWalker walker;
    private final Coding coding;

    EncounterClause(Engine engine, TabularWalker walker, Coding coding) {
        this.engine = engine;
        this.walker = walker;
        this.coding = coding;
    }

    /** {@code r} with the encounter's Z code first and the condition's codes after it. */
    EncodeResult apply(Statement s, EncodeResult r, EncodeOptions options) {
        String t = Lower.of(s.text);
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
        if (aftercare(z.codes().get(0).code()) && rest.codes().stream().anyMatch(c -> injury(c.code()))) {
            return injuryAftercare(s, r, rest, options);
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

    /**
     * Aftercare of an injury: no aftercare Z code; the injury code with 7th character D, subsequent encounter
     * (Guideline I.C.21.c.7 "The aftercare Z codes should also not be used for aftercare for injuries", I.C.19.a).
     */
    private EncodeResult injuryAftercare(Statement s, EncodeResult r, EncodeResult rest, EncodeOptions options) {
        List<EncodedCode> out = new ArrayList<>();
        for (EncodedCode c : rest.codes()) {
            String d = c.code().dotted();
            if (!injury(c.code()) || d.endsWith("D")) {
                out.add(c);
                continue;
            }
            String sub = d.substring(0, d.length() - 1) + "D";
            var w = walker.complete(sub, s, options, -1L).filter(x -> x.code().dotted().equals(sub));
            if (w.isEmpty()) {
                return r;
            }
            out.add(coding.coded(w.get(), c.trail().indexPath() + " -> aftercare of the injury: 7th character D,"
                    + " subsequent encounter, and no aftercare Z code (I.C.21.c.7, I.C.19.a)", AFTERCARE));
        }
        return new EncodeResult(r.statement(), coding.finish(out), rest.questions(), r.nearestTerms(), r.release(),
                r.notes());
    }

    /** An aftercare Z code (Z42-Z49, Z51.89: fitting, removal, other aftercare), not used for injuries. */
    private static boolean aftercare(IcdCmCode c) {
        String v = c.value();
        return v.startsWith("Z4") && v.compareTo("Z42") >= 0 || v.startsWith("Z5189");
    }

    /** An injury or burn code with 7th character A (S00-T34; complications T80-T88 keep their A, I.C.19.a). */
    private static boolean injury(IcdCmCode c) {
        String v = c.value();
        return (v.startsWith("S") || v.startsWith("T") && v.compareTo("T35") < 0) && v.length() == 7 && v.endsWith("A");
    }

    /** A Z code of an encounter for a service (Z40-Z53: procedures, aftercare, fitting, therapy). */
    private static boolean encounterCode(IcdCmCode c) {
        String v = c.value();
        return v.startsWith("Z4") || v.startsWith("Z50") || v.startsWith("Z51") || v.startsWith("Z52")
                || v.startsWith("Z53");
    }
}
