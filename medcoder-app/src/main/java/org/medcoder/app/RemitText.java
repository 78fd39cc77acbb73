package org.medcoder.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.medcoder.claims.remit.Adjustment;
import org.medcoder.claims.remit.ClaimPayment;
import org.medcoder.claims.remit.DeniedLine;
import org.medcoder.claims.remit.PostingSummary;
import org.medcoder.claims.remit.ProviderAdjustment;
import org.medcoder.claims.remit.ReasonCodes;
import org.medcoder.claims.remit.RemarkCode;
import org.medcoder.claims.remit.Remittance;
import org.medcoder.claims.remit.ServiceLine;
import org.medcoder.core.Finding;

/** The text report of {@code remit read}: what a biller reads before posting. Patient names are not printed. */
final class RemitText {

    private static final String UNKNOWN = "meaning not in the shipped list; give the official list with --codes";

    private final PrintWriter out;
    private final ReasonCodes codes;

    RemitText(PrintWriter out, ReasonCodes codes) {
        this.out = out;
        this.codes = codes;
    }

    void print(String source, List<RemitCommand.RemitView> views, List<Finding> findings, boolean matched) {
        int claims = views.stream().mapToInt(v -> v.remittance().claims().size()).sum();
        out.printf("%s: %d remittance(s), %d claim(s)%n", source, views.size(), claims);
        for (RemitCommand.RemitView v : views) {
            remittance(v, matched);
        }
        if (!findings.isEmpty()) {
            out.printf("%nFindings (%d):%n", findings.size());
            findings.forEach(f -> out.println("  " + f));
        }
    }

    private void remittance(RemitCommand.RemitView v, boolean matched) {
        Remittance r = v.remittance();
        out.printf("%nRemittance ST %s: %s %s %s%s, trace %s%n", r.controlNumber(), r.payment().method(),
                "D".equals(r.payment().creditDebit()) ? "debit" : "credit", r.payment().amount(),
                r.payment().date().map(d -> " on " + d).orElse(""), r.payment().traceNumber());
        out.printf("  Payer: %s   Payee: %s (%s %s)%n", r.payer().name(), r.payee().name(), r.payee().idQualifier(),
                r.payee().id());
        out.printf("  Balance: %s (claims paid %s - provider adjustments %s = %s)%n", v.balanced() ? "ok" : "DOES NOT BALANCE",
                r.claimPaidTotal(), r.providerAdjustmentTotal(), r.claimPaidTotal().minus(r.providerAdjustmentTotal()));
        for (int i = 0; i < r.claims().size(); i++) {
            claim(r.claims().get(i), v.posting().get(i), matched);
        }
        java.util.Set<String> groups = new java.util.TreeSet<>();
        r.claims().forEach(c -> c.allAdjustments().forEach(a -> groups.add(a.group())));
        if (!groups.isEmpty()) {
            out.println();
            groups.forEach(g -> out.printf("  %s = %s%n", g, codes.group(g).orElse("unknown group code")));
        }
        if (!r.providerAdjustments().isEmpty()) {
            out.println("  Provider adjustments (PLB):");
            for (ProviderAdjustment p : r.providerAdjustments()) {
                out.printf("    %-3s %-12s %10s  %s%n", p.reason(), p.reference(), p.amount(),
                        codes.providerAdjustment(p.reason()).orElse(""));
            }
        }
    }

    private void claim(ClaimPayment c, PostingSummary s, boolean matched) {
        out.printf("%n  Claim %s  status %s (%s)  payer claim %s  filing %s%s%n", c.claimId(), c.status(),
                codes.claimStatus(c.status()).orElse("?"), c.payerClaimControlNumber(), c.filingIndicator(),
                matched ? "  [" + s.match() + "]" : "");
        out.printf("    billed %s  allowed %s  paid %s  patient %s  contractual %s  other %s%s%n", s.billed(), s.allowed(),
                s.paid(), s.patientResponsibility(), s.contractualAdjustment(), s.otherAdjustment(),
                s.balanced() ? "" : "  (charge - paid does not equal the adjustments)");
        for (Adjustment a : c.adjustments()) {
            out.println("    claim adjustment " + adjustment(a));
        }
        for (RemarkCode rc : c.remarks()) {
            out.println("    claim remark " + remark(rc));
        }
        for (int i = 0; i < c.lines().size(); i++) {
            line(i + 1, c.lines().get(i));
        }
        for (DeniedLine d : s.deniedLines()) {
            out.printf("    DENIED %s %s:%s%n", d.lineNumber() == 0 ? "claim" : "line " + d.lineNumber(), d.charge(),
                    d.reasons().isEmpty() ? " no reason given" : "");
            d.reasons().forEach(a -> out.println("      " + adjustment(a)));
            d.remarks().forEach(rc -> out.println("      " + remark(rc)));
        }
    }

    private void line(int n, ServiceLine l) {
        out.printf("    line %d  %-12s charge %9s  paid %9s  units %s%s%n", n, l.procedure(), l.charge(), l.paid(),
                l.units().stripTrailingZeros().toPlainString(), l.serviceDate().map(d -> "  " + d).orElse(""));
        for (Adjustment a : l.adjustments()) {
            out.println("      " + adjustment(a));
        }
        for (RemarkCode rc : l.remarks()) {
            out.println("      remark " + remark(rc));
        }
    }

    private String adjustment(Adjustment a) {
        return String.format("%s-%s %s  %s", a.group(), a.reason(), a.amount(), codes.carc(a.reason()).orElse(UNKNOWN));
    }

    private String remark(RemarkCode rc) {
        return rc.code() + "  " + codes.rarc(rc.code()).orElse(UNKNOWN);
    }

    /** The meaning of every code used in the remittances, for the JSON output. */
    static Map<String, String> meaningsUsed(List<Remittance> remittances, ReasonCodes codes) {
        Map<String, String> used = new TreeMap<>();
        for (Remittance r : remittances) {
            for (ClaimPayment c : r.claims()) {
                put(used, "STATUS " + c.status(), codes.claimStatus(c.status()));
                for (Adjustment a : c.allAdjustments()) {
                    put(used, "GROUP " + a.group(), codes.group(a.group()));
                    put(used, "CARC " + a.reason(), codes.carc(a.reason()));
                }
                c.remarks().forEach(rc -> put(used, "RARC " + rc.code(), codes.rarc(rc.code())));
                c.lines().forEach(l -> l.remarks().forEach(rc -> put(used, "RARC " + rc.code(), codes.rarc(rc.code()))));
            }
            r.providerAdjustments().forEach(p -> put(used, "PLB " + p.reason(), codes.providerAdjustment(p.reason())));
        }
        return used;
    }

    private static void put(Map<String, String> used, String key, Optional<String> meaning) {
        meaning.ifPresent(m -> used.put(key, m));
    }
}
