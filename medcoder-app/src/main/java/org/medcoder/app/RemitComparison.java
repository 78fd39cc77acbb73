package org.medcoder.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medcoder.claims.remit.Adjustment;
import org.medcoder.claims.remit.ClaimPayment;
import org.medcoder.claims.remit.RemitReadResult;
import org.medcoder.claims.remit.Remittance;
import org.medcoder.claims.remit.ServiceLine;
import org.medcoder.pricing.PricedLine;

/**
 * Pairs the expected lines of a priced claim with the lines the payer adjudicated in an 835 (claim matched by CLP01 =
 * the claim id; lines by REF*6R line number when sent, else the first unmatched line with the same code and
 * modifiers).
 */
final class RemitComparison {

    /** One expected line with the payer's line, if any. */
    record Pair(PricedLine expected, Optional<ServiceLine> paid) {
        /** The CARCs of the paid line as {@code CO-45 50.00; PR-2 20.00}. */
        String reasons() {
            List<String> out = new ArrayList<>();
            for (Adjustment a : paid.map(ServiceLine::adjustments).orElse(List.of())) {
                out.add(a.group() + "-" + a.reason() + " " + a.amount());
            }
            return String.join("; ", out);
        }
    }

    private RemitComparison() {
    }

    /** The payer's decision on the claim, or a clear error when the 835 does not hold it. */
    static ClaimPayment claimPayment(RemitReadResult remit, String claimId, String source) {
        for (Remittance r : remit.remittances()) {
            for (ClaimPayment c : r.claims()) {
                if (c.claimId().equals(claimId)) {
                    return c;
                }
            }
        }
        throw new IllegalArgumentException(source + " has no claim with CLP01 = " + claimId + " (the claim id)");
    }

    static List<Pair> pair(List<PricedLine> lines, ClaimPayment payment) {
        List<ServiceLine> open = new ArrayList<>(payment.lines());
        List<Pair> out = new ArrayList<>();
        for (PricedLine l : lines) {
            Optional<ServiceLine> match = open.stream()
                    .filter(s -> s.controlNumber().equals(String.valueOf(l.line().number()))).findFirst();
            if (match.isEmpty()) {
                match = open.stream().filter(s -> sameProcedure(s, l)).findFirst();
            }
            match.ifPresent(open::remove);
            out.add(new Pair(l, match));
        }
        return out;
    }

    private static boolean sameProcedure(ServiceLine s, PricedLine l) {
        List<String> mods = l.line().modifiers().stream().map(m -> m.value()).toList();
        return s.procedure().code().equals(l.line().code().value()) && s.procedure().modifiers().equals(mods);
    }
}
