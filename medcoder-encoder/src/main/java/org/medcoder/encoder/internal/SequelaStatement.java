package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.core.IcdCmCode;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;
import org.medcoder.encoder.OpenQuestion;

/**
 * A residual condition written as the sequela (late effect) of an injury: "post-traumatic arthritis of the right
 * wrist, sequela of distal radius fracture" is M12.531 S52.501S. The specific type of sequela is sequenced first,
 * followed by the injury code with 7th character S (Guideline I.C.19.a; I.B.10). The sequela of a disease is
 * coded the same way with the index's "Sequelae (of)" code ("epilepsy as a late effect of viral encephalitis":
 * G40.909 B94.1, I.B.10). Each part is coded alone; applied
 * only when the injury part gives an injury code with 7th character S and the residual part a code that is no
 * injury, and the statement coded whole lost one of them. Runs only when the statement says "sequela" or "late
 * effect" (hot path).
 */
final class SequelaStatement {

    private static final Pattern SEQUELA = Pattern.compile("^(.+?)[,;]?\\s+(?:as\\s+(?:an?\\s+)?|is\\s+(?:an?\\s+)?)?"
            + "(?:sequela|sequelae|late\\s+effects?)\\s+(?:of|from)\\s+(?:(?:an?|the|old|previous|prior|healed|remote)"
            + "\\s+)*(.+)$");
    private static final Pattern SIDE = Pattern.compile("\\b(?:right|left|bilateral)\\b");
    private static final List<String> SECTIONS = List.of("I.C.19.a", "I.B.10");

    private final Engine engine;

    SequelaStatement(Engine engine) {
        this.engine = engine;
    }

    /** {@code r}, or the residual condition first and the injury with 7th character S after it. */
    EncodeResult apply(Statement s, EncodeResult r, EncodeOptions options) {
        String t = Lower.of(s.text);
        if (!t.contains("sequela") && !t.contains("late effect") || r.codes().isEmpty()) {
            return r;
        }
        Matcher m = SEQUELA.matcher(t.strip());
        if (!m.matches()) {
            return r;
        }
        // The side written with the residual is the injured side ("arthritis of right wrist, sequela of radius
        // fracture"): the injury code takes it when its own part names none (I.A.5 laterality of the same site).
        Matcher side = SIDE.matcher(m.group(1));
        String injuryText = m.group(2) + (side.find() && !SIDE.matcher(m.group(2)).find() ? ", " + side.group() : "");
        EncodeResult injury = engine.encodeCertain(injuryText + ", sequela", options);
        boolean ofInjury = injury.codes().stream().anyMatch(c -> sequelaOfInjury(c.code()));
        // Not an injury: the index's "Sequelae (of)" entry of the cause (B94.1 viral encephalitis, E64.3 rickets),
        // the residual first and the sequela code after it (I.B.10).
        EncodeResult cause = ofInjury ? injury : engine.encodeCertain("late effect of " + m.group(2), options);
        EncodeResult residual = engine.encodeCertain(m.group(1), options);
        if (residual.codes().isEmpty() || residual.codes().stream().anyMatch(c -> injuryCode(c.code()))
                || !ofInjury && (cause.codes().size() != 1 || !sequelaCategory(cause.codes().get(0))
                        || residual.codes().stream().anyMatch(SequelaStatement::sequelaCategory))) {
            return r;
        }
        List<String> sections = ofInjury ? SECTIONS : List.of("I.B.10");
        List<EncodedCode> out = new ArrayList<>();
        for (EncodedCode c : residual.codes()) {
            out.add(c.withStep(ofInjury ? "the residual condition of the injury, sequenced first (I.C.19.a)"
                    : "the residual condition, sequenced first (I.B.10)", sections));
        }
        for (EncodedCode c : cause.codes()) {
            out.add(c.withStep(ofInjury ? "the injury whose sequela it is, 7th character S, after the residual"
                    + " (I.C.19.a)" : "the sequela code of the cause, after the residual (I.B.10)", sections));
        }
        Set<IcdCmCode> union = new HashSet<>();
        out.forEach(c -> union.add(c.code()));
        Set<IcdCmCode> had = new HashSet<>();
        r.codes().forEach(c -> had.add(c.code()));
        if (had.containsAll(union)) {
            return r;
        }
        List<OpenQuestion> questions = new ArrayList<>(residual.questions());
        questions.addAll(cause.questions());
        return new EncodeResult(r.statement(), Coding.dedupe(out), questions, r.nearestTerms(), r.release(), r.notes());
    }

    /** A code of a "Sequelae of ..." category or subcategory (B90-B94, E64, E68, G09 ...). */
    private static boolean sequelaCategory(EncodedCode c) {
        return c.title().startsWith("Sequelae of") || c.title().startsWith("Sequela of");
    }

    /** An injury code (S00-T88) with 7th character S. */
    private static boolean sequelaOfInjury(IcdCmCode c) {
        return injuryCode(c) && c.value().length() == 7 && c.value().endsWith("S");
    }

    private static boolean injuryCode(IcdCmCode c) {
        String v = c.value();
        return v.startsWith("S") || v.startsWith("T") && v.compareTo("T89") < 0;
    }
}
