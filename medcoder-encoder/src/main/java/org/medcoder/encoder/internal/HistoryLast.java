package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;

/**
 * A personal history code is not listed before a current condition of the same statement: a history code tells of
 * a past condition that no longer exists (Guidelines I.C.21.c.4), and "the reason for the encounter ... should be
 * sequenced first and the appropriate personal and/or family history codes assigned as additional diagnoses"
 * (I.C.21.c.4). When the statement's first code is a personal history code (Z85-Z87, Z91.4-, Z91.5-, Z91.8-, Z92)
 * and a current condition (chapters 1-19) is also coded, the history codes move after the other codes, the order
 * of each kind kept ("age-related osteoporosis, h/o healed osteoporotic fracture": M81.0 Z87.310).
 */
final class HistoryLast {

    private HistoryLast() {
    }

    /** The result with its history codes after the current conditions, when a history code leads it. */
    static EncodeResult order(EncodeResult r) {
        List<EncodedCode> codes = r.codes();
        if (codes.size() < 2 || !history(codes.get(0).code().value())
                || codes.stream().noneMatch(HistoryLast::current)) {
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
        return r.withCodes(out);
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
