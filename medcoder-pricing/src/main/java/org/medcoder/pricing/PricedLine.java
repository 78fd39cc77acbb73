package org.medcoder.pricing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medcoder.core.Money;

/**
 * A line as priced in its claim: the outcome, the fee calculation of one unit, every rule that changed the amount,
 * and the expected allowed amount (present only when the outcome is {@link LineOutcome#PRICED}; a line Medicare does
 * not pay says why instead of showing zero).
 *
 * @param line         the line as billed
 * @param release      the fee schedule release used, e.g. {@code RVU26C}
 * @param outcome      what became of the line
 * @param message      why, when not priced or when a rule needs a note (documentation required...); may be empty
 * @param calculation  the fee of one unit, when RVUs were used
 * @param adjustments  the rules that changed the amount, in the order applied
 * @param allowedCents the expected allowed amount in cents (0 unless priced)
 * @param globalDays   the global surgery period of the code: 000, 010, 090, MMM, XXX, YYY, ZZZ (empty if unknown)
 */
public record PricedLine(ServiceLine line, String release, LineOutcome outcome, String message,
        Optional<FeeCalculation> calculation, List<Adjustment> adjustments, long allowedCents, String globalDays) {

    public PricedLine {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(calculation, "calculation");
        Objects.requireNonNull(globalDays, "globalDays");
        adjustments = adjustments.isEmpty() ? List.of() : List.copyOf(adjustments);
    }

    /** The expected allowed amount, present only when the line is priced. */
    public Optional<Money> allowed() {
        return outcome == LineOutcome.PRICED ? Optional.of(Money.of(BigDecimal.valueOf(allowedCents, 2)))
                : Optional.empty();
    }

    /** The rules that changed the amount, joined for a table cell, e.g. {@code MULTIPLE_SURGERY}. */
    public String rulesApplied() {
        StringBuilder b = new StringBuilder();
        for (Adjustment a : adjustments) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(a.rule().name());
        }
        return b.toString();
    }

    /** What the global period means, in words (MCPM ch.12 §40.1; RVU README GLOB DAYS). */
    public String globalPeriodMeaning() {
        return switch (globalDays) {
            case "000" -> "endoscopic or minor procedure, no post-operative days";
            case "010" -> "minor procedure, 10 post-operative days";
            case "090" -> "major surgery, 1 pre-operative day and 90 post-operative days";
            case "MMM" -> "maternity code, global concept does not apply the usual way";
            case "XXX" -> "global concept does not apply";
            case "YYY" -> "contractor sets the global period";
            case "ZZZ" -> "add-on code, within the global period of another service";
            default -> "";
        };
    }
}
