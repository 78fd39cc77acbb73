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
        int at = sepsisIndex(r.codes());
        if (at < 0) {
            return r;
        }
        List<EncodedCode> codes = new ArrayList<>(r.codes());
        int insert = at + 1;
        for (StatedConditions.Clause c : StatedConditions.clauses(t)) {
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
        return codes.size() == r.codes().size() ? r
                : new EncodeResult(r.statement(), codes, r.questions(), r.nearestTerms(), r.release(), r.notes());
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

    private static boolean systemic(EncodedCode c) {
        char l = c.code().value().charAt(0);
        String title = c.title().toLowerCase(Locale.ROOT);
        return (l == 'A' || l == 'B') && (title.contains("sepsis") || title.contains("septicemia"));
    }

    /**
     * A localized infection or other condition code: not a sign (R), status (Z), injury or poisoning (S, T),
     * pregnancy (O), external cause, special purpose (U) code, organism (B95-B97) or another sepsis code.
     */
    private static boolean localized(EncodedCode y) {
        String v = y.code().value();
        char l = v.charAt(0);
        return "RZSTOUVWXY".indexOf(l) < 0 && !CodeKinds.organism(v) && !systemic(y);
    }
}
