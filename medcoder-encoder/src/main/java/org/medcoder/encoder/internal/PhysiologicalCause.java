package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;

/**
 * A condition the statement says is due to another condition, where the Alphabetic Index files the cause only
 * generically: "Disorder, mood, due to (secondary to), physiological condition" F06.3-, "Disorder, anxiety, due to
 * general medical condition" F06.4, "Diabetes, due to underlying condition" E08.-. The stated cause is such a
 * condition, so the statement is coded with the index's generic words in place of the cause, and the cause itself
 * is coded first, as the code's "code first the underlying (physiological) condition" note requires (I.A.13,
 * I.C.4.a.6.b for secondary diabetes): "mood disorder due to hypothyroidism with major depressive-like episode" is
 * E03.9 F06.32. The cause must be a physiological condition: not a drug or substance (those have their own
 * "induced" entries), a mental disorder, a symptom, an injury or a status.
 */
final class PhysiologicalCause {

    private static final Set<String> CAUSES = Set.of("due to", "secondary to", "caused by", "because of");
    /** Main terms the index gives a generic-cause subterm under; the literal pre-check (hot path). */
    private static final String[] HEADS = {"disorder", "diabetes", "insomnia", "hypersomnia", "delirium",
        "personality", "anxiety", "psychosis", "psychotic", "catatoni", "impairment"};
    /** The index's generic wordings of the cause, tried in turn. */
    private static final String[] GENERIC = {"known physiological condition", "general medical condition"};
    /** Diabetes: "Diabetes, due to underlying condition" E08 (I.C.4.a.6.b). */
    private static final String[] UNDERLYING = {"underlying condition"};
    /** A stated type or kind of diabetes other than secondary. */
    private static final java.util.regex.Pattern TYPED =
            java.util.regex.Pattern.compile("\\btype\\s*(?:1|2|i|ii)\\b|gestational|drug|steroid|chemical");
    private static final List<String> SECTIONS = List.of("I.A.13");

    private final Engine engine;

    PhysiologicalCause(Engine engine) {
        this.engine = engine;
    }

    /** {@code r}, or the statement coded with its cause in the index's generic words, the cause first. */
    EncodeResult apply(Statement s, EncodeResult r, EncodeOptions options) {
        String t = s.expanded;
        if (t.indexOf(" to ") < 0 && t.indexOf("caused by") < 0 && t.indexOf("because of") < 0 || !head(t)) {
            return r; // literal pre-check (hot path)
        }
        List<StatedConditions.Clause> clauses = StatedConditions.clauses(t);
        int cause = -1;
        for (int i = 1; i < clauses.size() && cause < 0; i++) {
            cause = CAUSES.contains(clauses.get(i).connector()) ? i : -1;
        }
        String head = clauses.get(0).text();
        boolean diabetes = head.contains("diabetes");
        if (cause < 0 || !head(head) || diabetes && TYPED.matcher(head).find()) {
            return r; // a stated type of diabetes is E10/E11, never "due to underlying condition" (I.C.4.a)
        }
        List<EncodedCode> causeCodes = engine.encodePlain(clauses.get(cause).text(), options).codes();
        if (causeCodes.isEmpty() || !physiological(causeCodes.get(0))) {
            return r;
        }
        if (!r.codes().isEmpty() && generic(r.codes().get(0))) {
            // The index path already reached the generic code ("Disorder, psychotic, with delusions, due to
            // physiological condition" F06.2): only the cause is to be coded first.
            boolean coded = r.codes().stream().anyMatch(c -> c.code().category().equals(causeCodes.get(0).code()
                    .category()));
            return coded ? r : combined(r, causeCodes, r.codes());
        }
        for (String g : diabetes ? UNDERLYING : GENERIC) {
            List<EncodedCode> coded = engine.encodePlain(without(clauses, cause) + " due to " + g, options).codes();
            if (!coded.isEmpty() && generic(coded.get(0))) {
                return combined(r, causeCodes, coded);
            }
        }
        return r;
    }

    private EncodeResult combined(EncodeResult r, List<EncodedCode> causeCodes, List<EncodedCode> coded) {
        List<EncodedCode> codes = new ArrayList<>();
        for (EncodedCode c : causeCodes) {
            codes.add(c.withStep("stated as the cause of " + coded.get(0).code().dotted() + ", whose index entry"
                    + " names the cause generically: coded first, as its \"code first\" note requires (I.A.13)",
                    SECTIONS));
        }
        for (EncodedCode c : coded) {
            if (codes.stream().noneMatch(x -> x.code().equals(c.code()))) {
                codes.add(c);
            }
        }
        return r.withCodes(codes);
    }

    /** The clauses but the cause, joined again with their connectors. */
    private static String without(List<StatedConditions.Clause> clauses, int cause) {
        StringBuilder sb = new StringBuilder(clauses.get(0).text());
        for (int i = 1; i < clauses.size(); i++) {
            if (i != cause) {
                String c = clauses.get(i).connector();
                sb.append(c.equals(",") || c.equals(";") ? c + " " : " " + c + " ").append(clauses.get(i).text());
            }
        }
        return sb.toString();
    }

    private static boolean head(String t) {
        for (String h : HEADS) {
            if (t.contains(h)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the code's title names its cause generically (the code the rule looks for). */
    private static boolean generic(EncodedCode c) {
        String title = c.title().toLowerCase(Locale.ROOT);
        return title.contains("physiological condition") || title.contains("underlying condition")
                || title.contains("medical condition");
    }

    /**
     * Whether the cause's code is a physiological condition: not a mental disorder (F), symptom (R), injury or
     * poisoning (S, T), external cause (V-Y), status (Z), or chronic pain (G89, a symptom-like code).
     */
    private static boolean physiological(EncodedCode c) {
        String v = c.code().value();
        return "FRSTVWXYZ".indexOf(v.charAt(0)) < 0 && !v.startsWith("G89");
    }
}
