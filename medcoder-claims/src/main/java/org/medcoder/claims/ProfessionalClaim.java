package org.medcoder.claims;

import java.util.List;
import java.util.Optional;
import org.medcoder.core.Money;

/**
 * A professional claim (837P 005010X222A1, CMS-1500 02/12): place of service, the rendering provider when it is
 * not the billing provider, up to 12 diagnoses (TR3 2300 HI, ABK then ABF) and 1 to 50 service lines whose
 * diagnosis pointers point at those diagnoses.
 */
public record ProfessionalClaim(ClaimHeader header, PlaceOfService placeOfService, Optional<Provider> renderingProvider,
        List<Diagnosis> diagnoses, List<ProfessionalLine> lines) implements Claim {

    /** Diagnoses an 837P claim can carry (TR3 2300 HI01-HI12; CMS-1500 item 21 A-L). */
    public static final int MAX_DIAGNOSES = 12;
    /** Service lines an 837P claim can carry (TR3 2400 repeat 50). */
    public static final int MAX_LINES = 50;

    public ProfessionalClaim {
        Require.present("header", header);
        Require.present("place of service", placeOfService);
        Require.present("rendering provider", renderingProvider);
        diagnoses = Require.list("diagnoses", diagnoses);
        if (diagnoses.isEmpty() || diagnoses.size() > MAX_DIAGNOSES) {
            throw new IllegalArgumentException("a professional claim has 1 to " + MAX_DIAGNOSES + " diagnoses, claim "
                    + header.id() + " has " + diagnoses.size());
        }
        for (Diagnosis d : diagnoses) {
            if (d.poa().isPresent()) {
                throw new IllegalArgumentException("diagnosis " + d.code() + " has a present-on-admission indicator,"
                        + " which professional claims do not carry");
            }
        }
        lines = Require.list("service lines", lines);
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("a professional claim has 1 to " + MAX_LINES + " service lines, claim "
                    + header.id() + " has " + lines.size());
        }
        for (ProfessionalLine line : lines) {
            for (int p : line.diagnosisPointers()) {
                if (p > diagnoses.size()) {
                    throw new IllegalArgumentException("diagnosis pointer " + p + " points past the " + diagnoses.size()
                            + " diagnoses of claim " + header.id());
                }
            }
        }
    }

    @Override
    public Money totalCharge() {
        Money total = Money.ZERO;
        for (ProfessionalLine line : lines) {
            total = total.plus(line.charge());
        }
        return total;
    }

    @Override
    public DateRange servicePeriod() {
        DateRange first = lines.get(0).serviceDates();
        java.time.LocalDate from = first.from();
        java.time.LocalDate to = first.to();
        for (ProfessionalLine line : lines) {
            from = line.serviceDates().from().isBefore(from) ? line.serviceDates().from() : from;
            to = line.serviceDates().to().isAfter(to) ? line.serviceDates().to() : to;
        }
        return DateRange.of(from, to);
    }
}
