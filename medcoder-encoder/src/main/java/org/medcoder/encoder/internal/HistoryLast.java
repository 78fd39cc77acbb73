package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;

/**
 * A personal history code is never listed before a current condition of the same statement: history codes tell
 * of a condition that no longer exists and are reported as secondary codes beside the condition treated (Guidelines
 * I.C.21.c.4 History; I.C.21.c.16 lists the Z codes that may be first-listed, and the history codes Z85-Z87, Z91.4-,
 * Z91.5-, Z91.8-, Z92 are not among them except for a follow-up, Z09). When the statement's first code is a history
 * code and it also codes a current condition (chapters 1-19), the history codes move after the other codes, the
 * order of each kind kept ("age-related osteoporosis, h/o healed osteoporotic fracture": M81.0 Z87.310).
 */
final class HistoryLast {

    private HistoryLast() {
    }

    /** The result with its history codes after the current conditions, when a history code leads it. */
    static EncodeResult order(EncodeResult r) {
        List<EncodedCode> codes = r.codes();
        if (codes.size() < 2 || !history(codes.get(0).code().value()) || codes.stream().noneMatch(HistoryLast::current)) {
            return r;
        }
        List<EncodedCode> out = new ArrayList<>();
        List<EncodedCode> histories = new ArrayList<>();
        for (EncodedCode c : codes) {
            if (history(c.code().value())) {
                histories.add(c.withStep("a history code, after the current condition the statement codes "
                        + "(I.C.21.c.4)", List.of("I.C.21.c.4")));
            } else {
                out.add(c);
            }
        }
        out.addAll(histories);
        return new EncodeResult(r.statement(), out, r.questions(), r.nearestTerms(), r.release(), r.notes());
    }

    /** Personal history codes (Z85-Z87, Z91.4-, Z91.5-, Z91.8-, Z92), the code without its dot. */
    static boolean history(String v) {
        return v.startsWith("Z85") || v.startsWith("Z86") || v.startsWith("Z87") || v.startsWith("Z914")
                || v.startsWith("Z915") || v.startsWith("Z918") || v.startsWith("Z92");
    }

    /** A current condition: a code of chapters 1-19 (A00-T88), not a status, history or external cause. */
    private static boolean current(EncodedCode c) {
        char first = c.code().value().charAt(0);
        return first >= 'A' && first <= 'T';
    }
}
