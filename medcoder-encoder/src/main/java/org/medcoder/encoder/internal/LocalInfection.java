package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;

/**
 * Sepsis and the localized infection that caused it ("sepsis due to pneumococcal pneumonia": A40.3 J13): the code of
 * the systemic infection first, then the localized infection as a secondary code (Official Guidelines FY2026
 * I.C.1.d.4). With severe sepsis the localized infection also precedes R65.2-, whose note says "code first underlying
 * infection" (I.C.1.d.1.b). The sepsis code names the organism, so the clause's B95-B97 code is not added (I.B.9).
 */
final class LocalInfection {

    /** Connectors that state the cause of the sepsis. */
    private static final Set<String> CAUSES = Set.of("due to", "secondary to", "from", "caused by", "because of");
    private static final List<String> SECTIONS = List.of("I.C.1.d.4");

    private final Engine engine;

    LocalInfection(Engine engine) {
        this.engine = engine;
    }

    /** {@code r} with the localized infection the statement states as the cause of its sepsis. */
    EncodeResult apply(Statement s, EncodeResult r, EncodeOptions options) {
        String t = s.expanded;
        if (t.indexOf("seps") < 0 && t.indexOf("septic") < 0 || r.codes().isEmpty()) {
            return r; // literal pre-check (hot path)
        }
        List<EncodedCode> codes = new ArrayList<>(r.codes());
        List<StatedConditions.Clause> clauses = StatedConditions.clauses(t);
        int at = sepsisIndex(codes);
        if (at < 0 && !sepsisFirst(clauses, codes, options)) {
            return r;
        }
        at = Math.max(at, 0);
        int insert = at + 1;
        for (StatedConditions.Clause c : clauses) {
            if (c.index() == 0 || !CAUSES.contains(c.connector()) || c.text().contains("seps")
                    || c.text().contains("septic")) {
                continue;
            }
            for (EncodedCode y : engine.encodePlain(c.text(), options).codes()) {
                if (localized(y) && codes.stream().noneMatch(x -> x.code().category().equals(y.code().category()))) {
                    codes.add(insert++, y.withStep("stated as the cause of " + codes.get(at).code().dotted()
                            + " (\"" + c.text() + "\"): the localized infection after the systemic infection"
                            + " (I.C.1.d.4)", SECTIONS));
                }
            }
        }
        return codes.equals(r.codes()) ? r
                : r.withCodes(codes);
    }

    /**
     * The sepsis of the statement's first clause put first when the index path coded only its cause ("sepsis due to
     * cellulitis of right lower leg": the cellulitis path explains more words, A41.9 is still the first code;
     * I.C.1.d.4). False when the first clause states no sepsis or the statement has no cause clause.
     */
    private boolean sepsisFirst(List<StatedConditions.Clause> clauses, List<EncodedCode> codes, EncodeOptions options) {
        String first = clauses.get(0).text();
        if (clauses.size() < 2 || !first.contains("sepsis") || first.contains("urosepsis")
                || clauses.stream().noneMatch(c -> c.index() > 0 && CAUSES.contains(c.connector()))) {
            return false;
        }
        for (EncodedCode y : engine.encodePlain(first, options).codes()) {
            if (systemic(y)) {
                codes.add(0, y.withStep("the sepsis stated with its localized infection: the systemic infection first"
                        + " (I.C.1.d.4)", SECTIONS));
                return true;
            }
        }
        return false;
    }

    /** The place of the first sepsis code (its title says sepsis or septicemia; not R65.2-, T or O codes), or -1. */
    private static int sepsisIndex(List<EncodedCode> codes) {
        for (int i = 0; i < codes.size(); i++) {
            if (systemic(codes.get(i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean systemic(EncodedCode c) {
        char l = c.code().value().charAt(0);
        String title = c.title().toLowerCase(Locale.ROOT);
        return (l == 'A' || l == 'B') && (title.contains("sepsis") || title.contains("septicemia"));
    }

    /**
     * A localized infection or other condition code: not a sign (R), status (Z), injury or poisoning (S, T),
     * pregnancy (O), external cause, special purpose (U) code, organism (B95-B97) or another sepsis code.
     */
    static boolean localized(EncodedCode y) {
        String v = y.code().value();
        char l = v.charAt(0);
        return "RZSTOUVWXY".indexOf(l) < 0 && !CodeKinds.organism(v) && !systemic(y);
    }
}
