package org.medcoder.encoder.internal;

import java.util.List;
import java.util.Locale;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodedCode;

/**
 * Severe sepsis and septic shock (Guidelines I.C.1.d.1.b, I.C.1.d.2, I.C.1.d.3): the code of the underlying systemic
 * infection first (the organism's sepsis code, A41.9 when no organism is stated), then R65.20 severe sepsis or
 * R65.21 severe sepsis with septic shock (never first-listed: its note says "code first underlying infection"), then
 * the acute organ dysfunctions its "use additional code" note asks for ({@link StatedConditions} adds them from
 * their clauses).
 */
final class Sepsis {

    private final Engine engine;

    Sepsis(Engine engine) {
        this.engine = engine;
    }

    /** Whether the statement states severe sepsis or septic shock. */
    static boolean severe(String t) {
        // A negated qualifier ("sepsis, no septic shock", "without septic shock") is not stated (I.C.1.d.2).
        return Negated.stated(t, "septic shock") || Negated.stated(t, "severe") && t.contains("sepsis");
    }

    /** Puts the systemic infection and R65.2- at the head of the codes (I.C.1.d.1.b, I.C.1.d.2, I.C.1.d.3). */
    void sequence(String t, List<StatedConditions.Clause> clauses, List<EncodedCode> codes, EncodeOptions options) {
        boolean shock = Negated.stated(t, "septic shock");
        EncodedCode r65 = first(engine.encodePlain(shock ? "severe sepsis with septic shock" : "severe sepsis",
                options).codes(), "R652");
        if (r65 == null) {
            return;
        }
        EncodedCode systemic = systemic(codes);
        int with = t.indexOf(" with ");
        for (String whole : with > 0 ? List.of(t, t.substring(0, with)) : List.of(t)) {
            // The statement, then its part before "with" (the organ dysfunction): "severe sepsis due to
            // Pseudomonas with acute kidney failure" -> "sepsis due to pseudomonas" A41.52.
            systemic = systemic != null ? systemic : systemic(engine.encodePlain(asSepsis(whole), options).codes());
        }
        for (int i = 0; systemic == null && i < clauses.size(); i++) {
            String c = clauses.get(i).text();
            if (c.contains("sepsis") || c.contains("septic")) {
                systemic = systemic(engine.encodePlain(asSepsis(c), options).codes());
            }
        }
        if (systemic == null) {
            return;
        }
        boolean procedure = t.contains("postprocedural") || t.contains("postoperative") || t.contains("procedure");
        // T81.1- is shock after a procedure; R65.21 says septic shock when no procedure is stated.
        // Organ dysfunctions R65.2's note paired from words alone are left to the clauses that state them.
        codes.removeIf(c -> c.code().value().startsWith("R652") || c.trail().indexPath().contains("note at R65.2")
                || !procedure && c.code().value().startsWith("T811"));
        codes.remove(systemic);
        codes.add(0, systemic.withStep("the underlying systemic infection of severe sepsis, sequenced first"
                + " (I.C.1.d.1.b, I.C.1.d.2, I.C.1.d.3)", List.of("I.C.1.d.1.b", "I.C.1.d.3")));
        codes.add(1, r65.withStep("severe sepsis stated: after the systemic infection, before the organ dysfunction"
                + " (I.C.1.d.1.b, I.C.1.d.2)", List.of("I.C.1.d.1.b")));
    }

    /** The statement read as sepsis alone: "severe sepsis" and "septic shock" are sepsis of the same organism. */
    private static String asSepsis(String t) {
        return t.replace("severe sepsis", "sepsis").replace("septic shock", "sepsis").replace("severe ", "");
    }

    /** The first sepsis code (its title says sepsis or septicemia; not R65.2-). */
    private static EncodedCode systemic(List<EncodedCode> codes) {
        for (EncodedCode c : codes) {
            String title = c.title().toLowerCase(Locale.ROOT);
            if (!c.code().value().startsWith("R65") && !c.code().value().startsWith("T")
                    && (title.contains("sepsis") || title.contains("septicemia"))) {
                return c;
            }
        }
        return null;
    }

    /** The first of the codes whose value starts with {@code prefix}, or null. */
    private static EncodedCode first(List<EncodedCode> codes, String prefix) {
        for (EncodedCode c : codes) {
            if (c.code().value().startsWith(prefix)) {
                return c;
            }
        }
        return null;
    }
}
