package org.medcoder.pricing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The mutable working state of one line while its claim is priced; never leaves the package. */
final class LineWork {

    final ServiceLine line;
    final FeeScheduleRelease release;
    final Gpci gpci;
    RvuEntry entry;
    CareSetting peSetting;
    long feeCents;
    long unitCents;
    long[] units;
    LineOutcome outcome = LineOutcome.PRICED;
    String message = "";
    /** Allocated on the first adjustment: most lines have none (hot path, see PricingBenchmark). */
    List<Adjustment> adjustments = List.of();

    LineWork(ServiceLine line, FeeScheduleRelease release, Gpci gpci) {
        this.line = line;
        this.release = release;
        this.gpci = gpci;
    }

    boolean priced() {
        return outcome == LineOutcome.PRICED;
    }

    char multipleProcedure() {
        return entry.multipleProcedure();
    }

    long total() {
        long sum = 0;
        for (long u : units) {
            sum += u;
        }
        return sum;
    }

    void stop(LineOutcome why, String text) {
        outcome = why;
        message = text;
    }

    void note(String text) {
        message = message.isEmpty() ? text : message + "; " + text;
    }

    /** Applies a per-unit rule before claim context: every unit of the line at the new amount. */
    void adjustUnit(PaymentRule rule, long newUnitCents) {
        add(new Adjustment(rule, unitCents * line.units(), newUnitCents * line.units()));
        unitCents = newUnitCents;
    }

    void fillUnits() {
        units = new long[line.units()];
        Arrays.fill(units, unitCents);
    }

    /** Sets one unit's amount under a claim-context rule, merging with the line's earlier entry for that rule. */
    void adjustInstance(PaymentRule rule, int unit, long newCents) {
        long before = total();
        units[unit] = newCents;
        long after = total();
        for (int i = 0; i < adjustments.size(); i++) {
            Adjustment a = adjustments.get(i);
            if (a.rule() == rule) {
                adjustments.set(i, new Adjustment(rule, a.beforeCents(), after));
                return;
            }
        }
        add(new Adjustment(rule, before, after));
    }

    void add(Adjustment a) {
        if (adjustments.isEmpty()) {
            adjustments = new ArrayList<>(2);
        }
        adjustments.add(a);
    }
}
