package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;
import org.medcoder.encoder.OpenQuestion;

/**
 * The condition a drug caused, written before the drug ("headache due to nitroglycerin, adverse effect"), when the
 * Table of Drugs and Chemicals explained more of the statement than the condition's index path and only the drug's
 * code was found. The condition is looked up alone and sequenced as the guidelines say: the nature of an adverse
 * effect first, then the T code (I.C.19.e.5.a); an underdosing code never first either (I.C.19.e.5.c); a poisoning
 * code first, then its manifestations (I.C.19.e.5.b).
 */
final class AdverseEffects {

    /** The cause connectors; "worsened by" / "exacerbated by" an underdosing too (I.C.19.e.5.c). */
    private static final Pattern CAUSE = Pattern.compile("\\b(?:due to|secondary to|caused by|because of"
            + "|worsened by|exacerbated by|aggravated by)\\b");

    private final Engine engine;

    AdverseEffects(Engine engine) {
        this.engine = engine;
    }

    /** The result with the condition the drug caused added in its place; {@code r} when there is none to add. */
    EncodeResult apply(Statement s, EncodeResult r, EncodeOptions options) {
        if (r.codes().size() > 1 && r.codes().get(0).code().value().startsWith("T887")
                && CodeAdditions.adverseEffect(r.codes().get(1).code())) {
            // T88.7, unspecified adverse effect of drug, is for an effect whose nature is not stated (I.C.19.e.5.a);
            // here the statement states it, so the drug's code leads the search for it.
            EncodeResult drug = new EncodeResult(r.statement(), r.codes().subList(1, r.codes().size()), r.questions(),
                    List.of(), engine.releaseName());
            EncodeResult withNature = apply(s, drug, options);
            return withNature == drug ? r : withNature;
        }
        if (r.codes().isEmpty() || !CodeAdditions.adverseEffect(r.codes().get(0).code())) {
            return r;
        }
        Matcher m = CAUSE.matcher(s.expanded);
        boolean cause = m.find();
        if (s.head == 0 && (!cause || !m.group().endsWith(" by"))) {
            return r; // no condition before the cause ("worsened by" sets no head of its own)
        }
        String head = cause ? StatedClauses.trimSeparators(s.expanded.substring(0, m.start())) : "";
        if (head.isBlank()) {
            return r;
        }
        EncodeResult condition = engine.encodePlain(head, options);
        List<EncodedCode> found = new ArrayList<>();
        for (EncodedCode c : condition.codes()) {
            String v = c.code().value();
            if (!v.startsWith("T") && !v.startsWith("Z") && !v.startsWith("V") && !v.startsWith("W")
                    && !v.startsWith("X") && !v.startsWith("Y")) {
                found.add(c);
            }
        }
        if (found.isEmpty() || found.size() != condition.codes().size()) {
            return r;
        }
        char intent = r.codes().get(0).code().value().charAt(5);
        boolean poisoning = intent >= '1' && intent <= '4';
        String step = poisoning ? "manifestation of the poisoning, after the poisoning code (I.C.19.e.5.b)"
                : intent == '6' ? "the condition of the underdosing, before the underdosing code (I.C.19.e.5.c)"
                : "the nature of the adverse effect, before the drug's code (I.C.19.e.5.a)";
        String section = poisoning ? "I.C.19.e.5.b" : intent == '6' ? "I.C.19.e.5.c" : "I.C.19.e.5.a";
        List<EncodedCode> stated = found.stream().map(c -> c.withStep(step, List.of(section))).toList();
        // A condition already among the codes (reached through its title beside the drug) is placed once, here.
        java.util.Set<String> placed = new java.util.HashSet<>();
        stated.forEach(c -> placed.add(c.code().value()));
        List<EncodedCode> drugCodes = r.codes().stream().filter(c -> !placed.contains(c.code().value())).toList();
        List<EncodedCode> all = new ArrayList<>();
        if (poisoning) {
            all.addAll(drugCodes);
            all.addAll(stated);
        } else {
            all.addAll(stated);
            all.addAll(drugCodes);
        }
        List<OpenQuestion> questions = new ArrayList<>(r.questions());
        questions.addAll(condition.questions());
        return new EncodeResult(r.statement(), all.stream().distinct().toList(), questions, List.of(),
                engine.releaseName());
    }

}
