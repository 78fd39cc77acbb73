package org.medcoder.pricing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Prices professional service lines under the Medicare Physician Fee Schedule, alone or in claim context.
 *
 * <p>Design notes. Per line: the release in effect on the date of service, the row chosen by modifier (26/TC/53), the
 * status code, the setting's PE RVU (NA respected), the fee of one unit, then the line's own modifiers (bilateral,
 * co-surgeons, team, assistant). Then {@link ClaimReductions} applies the rules that depend on the other lines of the
 * same date and performer (multiple surgery, endoscopy families, imaging/cardiovascular/ophthalmology/therapy
 * reductions, status T). Last, the lower of charge and fee schedule amount.
 *
 * <p>Rounding. MCPM ch.12 §20.1 gives the formula; CMS publishes fee schedule amounts to the cent and we found no CMS
 * instruction to round the RVU × GPCI products, so the products are kept exact (integer arithmetic on hundredths of an
 * RVU, thousandths of a GPCI and ten-thousandths of a dollar) and the fee of one unit is rounded once, half up, to the
 * cent. Each later percentage (150%, 62.5%, 16%, 50%...) is applied to the cent amount of the step before and rounded
 * half up to the cent. Integer arithmetic is also what makes claim pricing fast (see PricingBenchmark).
 */
public final class Pricer {

    static final int FULL = 10_000;

    private final FeeSchedule schedule;
    /** The last locality looked up: claims of one locality in a row skip the GPCI table scan. */
    private volatile CachedGpci lastGpci;

    private record CachedGpci(int year, LocalityId locality, Gpci gpci) {
    }

    /** A pricer over the loaded releases and GPCIs. */
    public Pricer(FeeSchedule schedule) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    /** The schedule this pricer reads. */
    public FeeSchedule schedule() {
        return schedule;
    }

    /**
     * Prices the lines of one claim in claim context. Throws IllegalArgumentException for what makes the whole claim
     * unpriceable: a date of service outside every loaded release, a locality missing from the GPCI file.
     */
    public PricedClaim price(Collection<ServiceLine> lines, LocalityId locality) {
        List<LineWork> works = new ArrayList<>(lines.size());
        FeeScheduleRelease release = null;
        Gpci gpci = null;
        java.time.LocalDate lastDate = null;
        for (ServiceLine line : lines) {
            // Identity check on purpose: lines of one claim usually share the date object, so the release and GPCI
            // look-ups run once per claim (hot path, see PricingBenchmark).
            boolean sameDate = line.dateOfService() == lastDate;
            if (!sameDate && (release == null || !release.period().contains(line.dateOfService()))) {
                FeeScheduleRelease r = schedule.release(line.dateOfService());
                if (gpci == null || release.year() != r.year()) {
                    gpci = gpciFor(r.year(), locality);
                }
                release = r;
            }
            lastDate = line.dateOfService();
            LineWork w = new LineWork(line, release, gpci);
            prepare(w);
            works.add(w);
        }
        ClaimReductions.apply(works);
        return finish(works);
    }

    private Gpci gpciFor(int year, LocalityId locality) {
        CachedGpci c = lastGpci;
        if (c != null && c.year() == year && c.locality().equals(locality)) {
            return c.gpci();
        }
        Gpci g = schedule.requireGpcis(year).require(locality);
        lastGpci = new CachedGpci(year, locality, g);
        return g;
    }

    /** Prices one line alone, as if it were the only line of its claim. */
    public PricedLine priceAlone(ServiceLine line, LocalityId locality) {
        return price(List.of(line), locality).lines().get(0);
    }

    private static void prepare(LineWork w) {
        FeeScheduleRelease.CodeRows rows = w.release.rows(w.line.code());
        if (rows == null) {
            w.stop(LineOutcome.NOT_ON_SCHEDULE, "code " + w.line.code() + " is not on the fee schedule "
                    + w.release.id() + " (" + w.release.source() + ")");
            w.units = new long[0];
            return;
        }
        if (selectRow(w, rows) && checkStatus(w) && chooseSetting(w)) {
            w.feeCents = fee(w.entry, w.entry.peRvu(w.peSetting), w.gpci, FULL);
            w.unitCents = w.feeCents;
            if (w.entry != rows.global() && rows.global() != null) {
                recordRowChoice(w, rows.global());
            }
            Modifiers.apply(w);
        }
        if (w.priced()) {
            w.fillUnits();
        } else {
            w.units = new long[0];
        }
    }

    private static boolean selectRow(LineWork w, FeeScheduleRelease.CodeRows rows) {
        boolean pc = w.line.has(Modifier.PROFESSIONAL);
        boolean tc = w.line.has(Modifier.TECHNICAL);
        RvuEntry global = rows.global();
        if (pc && tc) {
            w.stop(LineOutcome.INVALID_MODIFIERS, "modifiers 26 and TC together: bill the global service instead");
        } else if (pc || tc) {
            RvuEntry row = pc ? rows.professional() : rows.technical();
            if (row == null) {
                char ind = global != null ? global.pcTcIndicator() : '?';
                w.entry = global;
                w.stop(LineOutcome.INVALID_MODIFIERS, "modifier " + (pc ? "26" : "TC") + " does not apply to "
                        + w.line.code() + ": PC/TC indicator " + ind + " (" + Indicators.pcTc(ind) + ")");
            } else {
                w.entry = row;
            }
        } else if (w.line.has(Modifier.DISCONTINUED) && rows.reduced() != null) {
            w.entry = rows.reduced();
        } else if (global == null) {
            w.stop(LineOutcome.NOT_ON_SCHEDULE, "code " + w.line.code() + " has no global row in " + w.release.id());
        } else {
            w.entry = global;
        }
        return w.priced();
    }

    private static void recordRowChoice(LineWork w, RvuEntry global) {
        PaymentRule rule = switch (w.entry.modifier()) {
            case "26" -> PaymentRule.PROFESSIONAL_COMPONENT;
            case "TC" -> PaymentRule.TECHNICAL_COMPONENT;
            default -> PaymentRule.REDUCED_SERVICE;
        };
        long globalFee = fee(global, global.peRvu(w.peSetting), w.gpci, FULL);
        w.add(new Adjustment(rule, globalFee * w.line.units(), w.feeCents * w.line.units()));
    }

    private static boolean checkStatus(LineWork w) {
        char s = w.entry.status();
        if (w.entry.notUsedForMedicare()) {
            w.stop(LineOutcome.NOT_VALID_FOR_MEDICARE, "status " + s + "; the file flags these RVUs as not used "
                    + "for Medicare payment");
            return false;
        }
        Optional<LineOutcome> not = Indicators.statusOutcome(s);
        if (not.isPresent()) {
            w.stop(not.get(), "status " + s + ": " + Indicators.status(s));
            return false;
        }
        return true;
    }

    private static boolean chooseSetting(LineWork w) {
        CareSetting asked = w.line.setting();
        if (!w.entry.isNa(asked)) {
            w.peSetting = asked;
            return true;
        }
        if (asked == CareSetting.NON_FACILITY && !w.entry.facilityNa()) {
            // RVU README: a service with NA in the non-facility PE column that the contractor finds can be done in
            // the office is paid with the facility PE RVU.
            w.peSetting = CareSetting.FACILITY;
            w.note(PaymentRule.NA_FACILITY_RATE.description());
            return true;
        }
        w.stop(LineOutcome.NOT_PAYABLE, "the " + (asked == CareSetting.FACILITY ? "facility" : "non-facility")
                + " PE RVU is NA: CMS has not valued " + w.line.code() + " in that setting; not priced");
        return false;
    }

    /**
     * The fee of one unit in cents: [(w × wGPCI) + (pe × peGPCI × share) + (mp × mpGPCI)] × CF, exact, then rounded
     * half up. RVUs in hundredths, GPCIs in thousandths, CF in ten-thousandths, share in basis points: the exact value
     * is in units of 10^-13 dollars, well inside a long for the largest RVUs of the file.
     */
    static long fee(RvuEntry e, int peRvu, Gpci g, int peShare) {
        long adjusted = (long) e.workRvu() * g.work() * FULL + (long) peRvu * g.pe() * peShare
                + (long) e.malpracticeRvu() * g.mp() * FULL;
        return roundDiv(Math.multiplyExact(adjusted, (long) e.conversionFactor()), 100_000_000_000L);
    }

    /** Cents times a share in basis points, rounded half up to the cent. */
    static long share(long cents, int basisPoints) {
        return roundDiv(cents * basisPoints, FULL);
    }

    private static long roundDiv(long value, long divisor) {
        return (value + divisor / 2) / divisor;
    }

    private static PricedClaim finish(List<LineWork> works) {
        List<PricedLine> out = new ArrayList<>(works.size());
        long charges = 0;
        long allowed = 0;
        for (LineWork w : works) {
            long amount = 0;
            if (w.priced()) {
                amount = w.total();
                if (w.line.charge().isPresent()) {
                    long charge = w.line.charge().get().amount().movePointRight(2).longValueExact();
                    if (charge < amount) {
                        w.add(new Adjustment(PaymentRule.LOWER_OF_CHARGE, amount, charge));
                        amount = charge;
                    }
                }
                allowed += amount;
            }
            if (w.line.charge().isPresent()) {
                charges += w.line.charge().get().amount().movePointRight(2).longValueExact();
            }
            Optional<FeeCalculation> calc = w.entry != null && w.peSetting != null
                    ? Optional.of(new FeeCalculation(w.entry, w.gpci, w.peSetting, w.feeCents)) : Optional.empty();
            out.add(new PricedLine(w.line, w.release.id(), w.outcome, w.message, calc, w.adjustments, amount,
                    w.entry != null ? w.entry.globalDays() : ""));
        }
        return new PricedClaim(out, charges, allowed);
    }
}
