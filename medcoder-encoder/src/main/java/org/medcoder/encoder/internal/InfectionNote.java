package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.codesets.AppliedNote;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.NoteKind;
import org.medcoder.core.IcdCmCode;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;

/**
 * The infection a complication-of-care code's "use additional code to identify infection" note asks for (T81.4
 * Infection following a procedure, T84.5 Infection due to internal joint prosthesis ...): the statement's organism
 * ("due to MSSA": B95.61, from the index's "as cause of disease classified elsewhere" entries) or its infection
 * ("with cellulitis of abdominal wall": L03.311), after the complication code (I.A.13, I.C.19.g). The note names no
 * codes, so {@link NotePairing} cannot fill it.
 */
final class InfectionNote {

    private static final Pattern CAUSE = Pattern.compile(
            "\\s(?:due\\s+to|caused\\s+by|secondary\\s+to|with)\\s+(.+?)"
                    + "(?:\\s*,\\s*(?:initial|subsequent|sequela)[^,]*)?$");
    private static final String ORGANISM = " as the cause of diseases classified elsewhere";

    private final Engine engine;
    private final IcdCmRelease release;
    private final ConcurrentHashMap<String, Boolean> asks = new ConcurrentHashMap<>();

    InfectionNote(Engine engine, IcdCmRelease release) {
        this.engine = engine;
        this.release = release;
    }

    /** {@code r} with the infection its first code's note asks for, when the statement names it. */
    EncodeResult apply(Statement s, EncodeResult r, EncodeOptions options) {
        if (r.codes().isEmpty() || !r.codes().get(0).code().value().startsWith("T8")
                || !s.expanded.contains(" with ") && !s.expanded.contains(" due to ") && !s.expanded.contains(" by ")) {
            return r;
        }
        IcdCmCode first = r.codes().get(0).code();
        if (!asks.computeIfAbsent(first.value(), k -> asksForInfection(first))) {
            return r;
        }
        Matcher m = CAUSE.matcher(s.expanded);
        if (!m.find() || m.group(1).isBlank()) {
            return r;
        }
        EncodedCode infection = infection(m.group(1).strip(), options);
        if (infection == null || r.codes().stream().anyMatch(c -> c.code().equals(infection.code()))) {
            return r;
        }
        List<EncodedCode> all = new ArrayList<>(r.codes());
        all.add(1, infection.withStep("use additional code note at " + first.dotted() + ": code to identify infection",
                List.of("I.A.13", "I.C.19.g")));
        return r.withCodes(all);
    }

    /** The organism's B95-B97 code, else the infection's own code (not an injury or complication code), or null. */
    private EncodedCode infection(String cause, EncodeOptions options) {
        EncodeResult organism = engine.encodePlain(cause + ORGANISM, options);
        if (!organism.codes().isEmpty() && organism.codes().get(0).code().value().startsWith("B9")) {
            return organism.codes().get(0);
        }
        EncodeResult own = engine.encodePlain(cause, options);
        if (own.codes().isEmpty()) {
            return null;
        }
        String v = own.codes().get(0).code().value();
        // An infection of chapters 1-14 (A00-N99), never another injury, symptom or status code.
        return v.compareTo("O") < 0 && !v.startsWith("B9") ? own.codes().get(0) : null;
    }

    private boolean asksForInfection(IcdCmCode code) {
        for (AppliedNote n : release.notes(code)) {
            if (n.note().kind() == NoteKind.USE_ADDITIONAL_CODE && n.note().text().contains("identify infection")) {
                return true;
            }
        }
        return false;
    }
}
