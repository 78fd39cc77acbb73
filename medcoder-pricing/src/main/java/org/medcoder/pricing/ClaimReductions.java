package org.medcoder.pricing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The payment rules that depend on the other lines of a claim: they compare the lines of one performer on one date
 * of service (MCPM ch.12 §40.6: "same physician, same patient, same day"). Every unit of a line counts as one
 * procedure. Ranking is by the amount after the line's own modifier rules (bilateral first, MCPM ch.12 §40.7), ties
 * kept in claim order.
 */
final class ClaimReductions {

    /** One unit of one line. */
    private record Unit(LineWork w, int u) {
        long amount() {
            return w.units[u];
        }
    }

    /** A procedure to rank for multiple surgery: one unit, or a whole endoscopy family (MCPM ch.12 §40.6.2). */
    private record Item(List<Unit> units, long amount) {
    }

    private static final Comparator<Item> BY_AMOUNT_DESC = (a, b) -> Long.compare(b.amount(), a.amount());

    private ClaimReductions() {
    }

    static void apply(List<LineWork> works) {
        int n = works.size();
        if (n == 1) {
            applyGroup(works);
            return;
        }
        boolean[] done = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (done[i]) {
                continue;
            }
            ServiceLine first = works.get(i).line;
            if (i == 0 && allSameDayAndPerformer(works)) {
                applyGroup(works);
                return;
            }
            List<LineWork> group = new ArrayList<>(n - i);
            for (int j = i; j < n; j++) {
                ServiceLine other = works.get(j).line;
                if (!done[j] && other.dateOfService().equals(first.dateOfService())
                        && other.performer().equals(first.performer())) {
                    group.add(works.get(j));
                    done[j] = true;
                }
            }
            applyGroup(group);
        }
    }

    private static boolean allSameDayAndPerformer(List<LineWork> works) {
        ServiceLine first = works.get(0).line;
        for (LineWork w : works) {
            if (!w.line.dateOfService().equals(first.dateOfService()) || !w.line.performer().equals(first.performer())) {
                return false;
            }
        }
        return true;
    }

    private static void applyGroup(List<LineWork> g) {
        // Hot path: count the units of each indicator first and run only the rules that can apply (two or more
        // units of a kind), so the common claim allocates nothing here.
        int surgical = 0, imaging = 0, cardio = 0, ophthalmology = 0, therapy = 0, statusT = 0, priced = 0;
        for (LineWork w : g) {
            if (!w.priced()) {
                continue;
            }
            int n = w.units.length;
            priced++;
            statusT += w.entry.status() == 'T' ? 1 : 0;
            switch (w.multipleProcedure()) {
                case '2', '3' -> surgical += n;
                case '4' -> imaging += n;
                case '5' -> therapy += n;
                case '6' -> cardio += n;
                case '7' -> ophthalmology += n;
                default -> { }
            }
        }
        if (statusT > 0 && priced > statusT) {
            statusT(g);
        }
        if (surgical > 1) {
            surgery(g, surgical);
        }
        if (imaging > 1) {
            diagnostic(g, '4', 5_000, 9_500, PaymentRule.IMAGING_TC, PaymentRule.IMAGING_PC);
        }
        if (cardio > 1) {
            diagnostic(g, '6', 7_500, Pricer.FULL, PaymentRule.CARDIOVASCULAR_TC, null);
        }
        if (ophthalmology > 1) {
            diagnostic(g, '7', 8_000, Pricer.FULL, PaymentRule.OPHTHALMOLOGY_TC, null);
        }
        if (therapy > 1) {
            therapy(g);
        }
    }

    /** RVU README status T: paid only if no other fee schedule service is billed the same day. */
    private static void statusT(List<LineWork> g) {
        for (LineWork w : g) {
            if (!w.priced() || w.entry.status() != 'T') {
                continue;
            }
            for (LineWork other : g) {
                if (other != w && other.priced() && other.entry.status() != 'T') {
                    for (int u = 0; u < w.units.length; u++) {
                        w.adjustInstance(PaymentRule.STATUS_T_BUNDLED, u, 0);
                    }
                    w.stop(LineOutcome.BUNDLED, "status T: bundled into line " + other.line.number()
                            + " billed the same day");
                    break;
                }
            }
        }
    }

    /** Indicators 2 and 3: endoscopy families first, then 100% for the highest, 50% for the others. */
    private static void surgery(List<LineWork> g, int unitCount) {
        for (LineWork w : g) {
            if (w.priced() && w.multipleProcedure() == '3' && !w.entry.endoscopicBase().isEmpty()) {
                surgeryWithFamilies(g);
                return;
            }
        }
        // Hot path without endoscopy families: every unit is one procedure. Arrays and an insertion sort (claims
        // have few lines; stable, so ties keep claim order) instead of item objects.
        LineWork[] works = new LineWork[unitCount];
        int[] units = new int[unitCount];
        int k = 0;
        for (LineWork w : g) {
            if (w.priced() && (w.multipleProcedure() == '2' || w.multipleProcedure() == '3')) {
                for (int u = 0; u < w.units.length; u++) {
                    int j = k++;
                    long amount = w.units[u];
                    while (j > 0 && works[j - 1].units[units[j - 1]] < amount) {
                        works[j] = works[j - 1];
                        units[j] = units[j - 1];
                        j--;
                    }
                    works[j] = w;
                    units[j] = u;
                }
            }
        }
        for (int rank = 1; rank < k; rank++) {
            PaymentRule rule = rank >= 5 ? PaymentRule.MULTIPLE_SURGERY_OVER_FIVE : PaymentRule.MULTIPLE_SURGERY;
            LineWork w = works[rank];
            w.adjustInstance(rule, units[rank], Pricer.share(w.units[units[rank]], 5_000));
        }
    }

    /** Multiple surgery when an endoscopy family is billed: each family is ranked as one procedure. */
    private static void surgeryWithFamilies(List<LineWork> g) {
        List<LineWork> sx = new ArrayList<>();
        int unitCount = 0;
        for (LineWork w : g) {
            if (w.priced() && (w.multipleProcedure() == '2' || w.multipleProcedure() == '3')) {
                sx.add(w);
                unitCount += w.units.length;
            }
        }
        if (unitCount < 2) {
            return;
        }
        Map<String, List<LineWork>> families = families(sx);
        Map<LineWork, Boolean> inFamily = families.isEmpty() ? Map.of() : new IdentityHashMap<>();
        List<Item> items = new ArrayList<>(unitCount);
        for (Map.Entry<String, List<LineWork>> f : families.entrySet()) {
            List<Unit> units = new ArrayList<>();
            for (LineWork w : f.getValue()) {
                inFamily.put(w, Boolean.TRUE);
                for (int u = 0; u < w.units.length; u++) {
                    units.add(new Unit(w, u));
                }
            }
            endoscopyFamily(f.getKey(), units);
            long sum = 0;
            for (Unit unit : units) {
                sum += unit.amount();
            }
            items.add(new Item(units, sum));
        }
        for (LineWork w : sx) {
            if (!inFamily.containsKey(w)) {
                for (int u = 0; u < w.units.length; u++) {
                    items.add(new Item(List.of(new Unit(w, u)), w.units[u]));
                }
            }
        }
        if (items.size() < 2) {
            return;
        }
        items.sort(BY_AMOUNT_DESC);
        for (int rank = 1; rank < items.size(); rank++) {
            PaymentRule rule = rank >= 5 ? PaymentRule.MULTIPLE_SURGERY_OVER_FIVE : PaymentRule.MULTIPLE_SURGERY;
            for (Unit unit : items.get(rank).units()) {
                unit.w().adjustInstance(rule, unit.u(), Pricer.share(unit.amount(), 5_000));
            }
        }
    }

    /** Indicator-3 lines by endoscopic base code, with the base code's own lines when billed. */
    private static Map<String, List<LineWork>> families(List<LineWork> sx) {
        Map<String, List<LineWork>> families = null;
        for (LineWork w : sx) {
            if (w.multipleProcedure() == '3' && !w.entry.endoscopicBase().isEmpty()) {
                if (families == null) {
                    families = new LinkedHashMap<>();
                }
                families.computeIfAbsent(w.entry.endoscopicBase(), b -> new ArrayList<>()).add(w);
            }
        }
        if (families == null) {
            return Map.of();
        }
        for (Map.Entry<String, List<LineWork>> f : families.entrySet()) {
            for (LineWork w : sx) {
                if (w.line.code().value().equals(f.getKey()) && !f.getValue().contains(w)) {
                    f.getValue().add(w);
                }
            }
        }
        return families;
    }

    /**
     * MCPM ch.12 §40.6.2, indicator 3: the highest endoscopy in full, each other endoscopy of the family the
     * difference between its fee and the base endoscopy's fee; the base endoscopy itself is included in the others.
     */
    private static void endoscopyFamily(String base, List<Unit> units) {
        List<Unit> others = new ArrayList<>();
        List<Unit> bases = new ArrayList<>();
        for (Unit unit : units) {
            (unit.w().line.code().value().equals(base) ? bases : others).add(unit);
        }
        if (others.isEmpty() || units.size() < 2) {
            return;
        }
        for (Unit b : bases) {
            b.w().adjustInstance(PaymentRule.ENDOSCOPY_BASE_INCLUDED, b.u(), 0);
        }
        others.sort((a, b) -> Long.compare(b.amount(), a.amount()));
        long baseFee = baseFee(others.get(0).w(), base);
        for (int i = 1; i < others.size(); i++) {
            Unit o = others.get(i);
            o.w().adjustInstance(PaymentRule.ENDOSCOPY_FAMILY, o.u(), Math.max(0, o.amount() - baseFee));
        }
    }

    private static long baseFee(LineWork like, String base) {
        FeeScheduleRelease.CodeRows rows = like.release.rows(base);
        if (rows == null || rows.global() == null) {
            return 0; // base endoscopy not on the schedule: nothing to subtract
        }
        RvuEntry e = rows.global();
        CareSetting s = e.isNa(like.peSetting) && !e.facilityNa() ? CareSetting.FACILITY : like.peSetting;
        return Pricer.fee(e, e.peRvu(s), like.gpci, Pricer.FULL);
    }

    /** Indicators 4, 6, 7: the TC (and for imaging the PC) of the second and later procedures reduced. */
    private static void diagnostic(List<LineWork> g, char ind, int tcShare, int pcShare, PaymentRule tcRule,
            PaymentRule pcRule) {
        List<Unit> units = new ArrayList<>();
        List<long[]> parts = new ArrayList<>();
        for (LineWork w : g) {
            if (w.priced() && w.multipleProcedure() == ind) {
                long tcFee = technicalFee(w);
                for (int u = 0; u < w.units.length; u++) {
                    long amount = w.units[u];
                    long tc = w.feeCents == 0 ? amount : (amount * tcFee + w.feeCents / 2) / w.feeCents;
                    units.add(new Unit(w, u));
                    parts.add(new long[] {tc, amount - tc});
                }
            }
        }
        if (units.size() < 2) {
            return;
        }
        reduceParts(units, parts, 0, tcShare, tcRule);
        if (pcRule != null) {
            reduceParts(units, parts, 1, pcShare, pcRule);
        }
    }

    /** The TC fee of one unit of the line's own row: all of a TC line, none of a 26 line, the TC row of a global. */
    private static long technicalFee(LineWork w) {
        switch (w.entry.modifier()) {
            case "TC":
                return w.feeCents;
            case "26":
                return 0;
            default:
                RvuEntry tc = w.release.rows(w.line.code()).technical();
                if (tc == null) {
                    return w.feeCents; // no split in the file: the whole fee counts as technical
                }
                return Pricer.fee(tc, tc.peRvu(w.peSetting), w.gpci, Pricer.FULL);
        }
    }

    private static void reduceParts(List<Unit> units, List<long[]> parts, int which, int share, PaymentRule rule) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            if (parts.get(i)[which] > 0) {
                order.add(i);
            }
        }
        if (order.size() < 2) {
            return;
        }
        order.sort((a, b) -> Long.compare(parts.get(b)[which], parts.get(a)[which]));
        for (int k = 1; k < order.size(); k++) {
            int i = order.get(k);
            long[] p = parts.get(i);
            p[which] = Pricer.share(p[which], share);
            Unit unit = units.get(i);
            unit.w().adjustInstance(rule, unit.u(), p[0] + p[1]);
        }
    }

    /** Indicator 5: the unit with the highest PE in full, the PE of every other unit at 50%. */
    private static void therapy(List<LineWork> g) {
        List<Unit> units = new ArrayList<>();
        List<long[]> pe = new ArrayList<>();
        for (LineWork w : g) {
            if (w.priced() && w.multipleProcedure() == '5') {
                int peRvu = w.entry.peRvu(w.peSetting);
                long full = w.feeCents - Pricer.fee(w.entry, peRvu, w.gpci, 0);
                long cut = w.feeCents - Pricer.fee(w.entry, peRvu, w.gpci, 5_000);
                for (int u = 0; u < w.units.length; u++) {
                    units.add(new Unit(w, u));
                    pe.add(new long[] {full, cut});
                }
            }
        }
        if (units.size() < 2) {
            return;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Long.compare(pe.get(b)[0], pe.get(a)[0]));
        for (int k = 1; k < order.size(); k++) {
            Unit unit = units.get(order.get(k));
            long cut = pe.get(order.get(k))[1];
            unit.w().adjustInstance(PaymentRule.THERAPY_PE, unit.u(), Math.max(0, unit.amount() - cut));
        }
    }
}
