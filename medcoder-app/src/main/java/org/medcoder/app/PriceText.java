package org.medcoder.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medcoder.core.Money;
import org.medcoder.pricing.Adjustment;
import org.medcoder.pricing.CodeDescriptions;
import org.medcoder.pricing.FeeCalculation;
import org.medcoder.pricing.Gpci;
import org.medcoder.pricing.GpciTable;
import org.medcoder.pricing.Indicators;
import org.medcoder.pricing.PaymentRule;
import org.medcoder.pricing.PricedClaim;
import org.medcoder.pricing.PricedLine;
import org.medcoder.pricing.RvuEntry;

/** Text and JSON views of priced lines and claims for {@code medcoder price}. */
final class PriceText {

    private PriceText() {
    }

    static void line(PrintWriter out, PricedLine p, Gpci gpci, GpciTable table, CodeDescriptions descriptions) {
        out.println(p.line().codeWithModifiers() + descriptions.of(p.line().code().value()).map(d -> "  " + d)
                .orElse("") + "  (" + p.release() + ", date of service " + p.line().dateOfService() + ")");
        out.println("locality    " + gpci.locality() + " " + gpci.name() + "  [" + table.completeness() + "]");
        out.println("setting     " + setting(p.line().setting().name()));
        p.calculation().ifPresent(c -> calculation(out, c));
        out.println("units       " + p.line().units());
        for (Adjustment a : p.adjustments()) {
            out.println("rule        " + a.rule().name() + ": " + a.before() + " → " + a.after() + "  ("
                    + a.rule().description() + "; " + a.rule().citation() + ")");
        }
        out.println("global      " + (p.globalDays().isEmpty() ? "-" : p.globalDays() + " (" + p.globalPeriodMeaning()
                + ")"));
        if (!p.message().isEmpty()) {
            out.println("note        " + p.message());
        }
        out.println("allowed     " + p.allowed().map(Money::toString).orElse("not priced: " + p.outcome()));
    }

    private static void calculation(PrintWriter out, FeeCalculation c) {
        RvuEntry e = c.entry();
        out.println("status      " + e.status() + " (" + Indicators.status(e.status()) + ")");
        out.println("RVUs        work " + RvuEntry.rvu(e.workRvu()) + "  PE (" + setting(c.peSetting().name()) + ") "
                + RvuEntry.rvu(c.peRvu()) + "  MP " + RvuEntry.rvu(e.malpracticeRvu()) + "   [" + e.code()
                + (e.modifier().isEmpty() ? "" : "-" + e.modifier()) + ", file line " + e.line() + "]");
        out.println("GPCIs       work " + Gpci.index(c.gpci().work()) + "  PE " + Gpci.index(c.gpci().pe()) + "  MP "
                + Gpci.index(c.gpci().mp()));
        out.println("CF          " + e.conversionFactorDollars());
        out.println("fee/unit    " + c.arithmetic());
        out.println("indicators  PC/TC " + e.pcTcIndicator() + ", mult proc " + e.multipleProcedure() + " ("
                + Indicators.multipleProcedure(e.multipleProcedure()) + "), bilateral " + e.bilateralSurgery()
                + ", assistant " + e.assistantSurgery() + ", co-surgeons " + e.coSurgeons() + ", team "
                + e.teamSurgery() + (e.endoscopicBase().isEmpty() ? "" : ", endoscopic base " + e.endoscopicBase()));
    }

    private static String setting(String name) {
        return name.equals("FACILITY") ? "facility" : "non-facility";
    }

    static void claim(PrintWriter out, String header, PricedClaim c, List<RemitComparison.Pair> remit) {
        out.println(header);
        boolean paid = !remit.isEmpty();
        out.printf("%4s  %-5s  %-11s  %5s  %10s  %10s  %-6s  %s%n", "Line", "Code", "Modifiers", "Units", "Charge",
                "Expected", "Global", paid ? "Paid        Payer-allow  Adjustments (CARC)  Rule" : "Rule");
        Set<PaymentRule> used = EnumSet.noneOf(PaymentRule.class);
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < c.lines().size(); i++) {
            PricedLine p = c.lines().get(i);
            p.adjustments().forEach(a -> used.add(a.rule()));
            String rule = p.allowed().isPresent() ? p.rulesApplied() : "not priced: " + p.outcome();
            String paidCols = paid ? paidColumns(remit.get(i)) : "";
            out.printf("%4d  %-5s  %-11s  %5d  %10s  %10s  %-6s  %s%s%n", p.line().number(), p.line().code(),
                    String.join(" ", p.line().modifiers().stream().map(m -> m.value()).toList()), p.line().units(),
                    p.line().charge().map(Money::toString).orElse("-"), p.allowed().map(Money::toString).orElse("-"),
                    p.globalDays(), paidCols, rule);
            if (!p.message().isEmpty()) {
                notes.add("line " + p.line().number() + ": " + p.message());
            }
        }
        out.printf("%4s  %-5s  %-11s  %5s  %10s  %10s%s%n", "", "Total", "", "", c.totalCharge(), c.totalAllowed(),
                paid ? String.format("  %-6s  %10s", "", paidTotal(remit)) : "");
        notes.forEach(n -> out.println("  " + n));
        for (PaymentRule r : used) {
            out.println("  " + r.name() + ": " + r.description() + " (" + r.citation() + ")");
        }
    }

    private static Money paidTotal(List<RemitComparison.Pair> remit) {
        Money total = Money.ZERO;
        for (RemitComparison.Pair p : remit) {
            if (p.paid().isPresent()) {
                total = total.plus(p.paid().get().paid());
            }
        }
        return total;
    }

    private static String paidColumns(RemitComparison.Pair pair) {
        if (pair.paid().isEmpty()) {
            return String.format("%-10s  %-11s  %-18s  ", "not in 835", "", "");
        }
        var s = pair.paid().get();
        return String.format("%10s  %11s  %-18s  ", s.paid(), s.allowed().map(Money::toString).orElse("-"),
                pair.reasons());
    }

    static Map<String, Object> json(PricedLine p, CodeDescriptions descriptions) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", p.line().number());
        m.put("code", p.line().code().value());
        descriptions.of(p.line().code().value()).ifPresent(d -> m.put("description", d));
        m.put("modifiers", p.line().modifiers().stream().map(x -> x.value()).toList());
        m.put("units", p.line().units());
        m.put("dateOfService", p.line().dateOfService().toString());
        m.put("setting", p.line().setting().name());
        p.line().charge().ifPresent(ch -> m.put("charge", ch.toString()));
        m.put("release", p.release());
        m.put("outcome", p.outcome().name());
        m.put("message", p.message());
        m.put("globalDays", p.globalDays());
        p.calculation().ifPresent(c -> m.put("calculation", calculationJson(c)));
        List<Map<String, Object>> adj = new ArrayList<>();
        for (Adjustment a : p.adjustments()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("rule", a.rule().name());
            x.put("description", a.rule().description());
            x.put("citation", a.rule().citation());
            x.put("before", a.before().toString());
            x.put("after", a.after().toString());
            adj.add(x);
        }
        m.put("adjustments", adj);
        m.put("allowed", p.allowed().map(Money::toString).orElse(null));
        return m;
    }

    private static Map<String, Object> calculationJson(FeeCalculation c) {
        RvuEntry e = c.entry();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", String.valueOf(e.status()));
        m.put("statusMeaning", Indicators.status(e.status()));
        m.put("workRvu", RvuEntry.rvu(e.workRvu()));
        m.put("peRvu", RvuEntry.rvu(c.peRvu()));
        m.put("peSetting", c.peSetting().name());
        m.put("mpRvu", RvuEntry.rvu(e.malpracticeRvu()));
        m.put("workGpci", Gpci.index(c.gpci().work()));
        m.put("peGpci", Gpci.index(c.gpci().pe()));
        m.put("mpGpci", Gpci.index(c.gpci().mp()));
        m.put("conversionFactor", e.conversionFactorDollars());
        m.put("formula", c.arithmetic());
        m.put("feePerUnit", c.fee().toString());
        Map<String, String> ind = new LinkedHashMap<>();
        ind.put("pcTc", String.valueOf(e.pcTcIndicator()));
        ind.put("multipleProcedure", String.valueOf(e.multipleProcedure()));
        ind.put("bilateralSurgery", String.valueOf(e.bilateralSurgery()));
        ind.put("assistantAtSurgery", String.valueOf(e.assistantSurgery()));
        ind.put("coSurgeons", String.valueOf(e.coSurgeons()));
        ind.put("teamSurgery", String.valueOf(e.teamSurgery()));
        ind.put("endoscopicBase", e.endoscopicBase());
        m.put("indicators", ind);
        return m;
    }
}
