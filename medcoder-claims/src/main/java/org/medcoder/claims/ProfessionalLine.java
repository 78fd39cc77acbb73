package org.medcoder.claims;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import org.medcoder.core.HcpcsCode;
import org.medcoder.core.Money;

/**
 * A service line of a professional claim (837P 2400 SV1/DTP*472; CMS-1500 item 24): the CPT/HCPCS code with up to
 * four modifiers, units, the charge, one to four pointers (1-based) into the claim's diagnoses, and the dates of
 * service.
 */
public record ProfessionalLine(HcpcsCode procedure, List<Modifier> modifiers, BigDecimal units, Money charge,
        List<Integer> diagnosisPointers, DateRange serviceDates) {

    public ProfessionalLine {
        Require.present("procedure", procedure);
        modifiers = Lines.modifiers(modifiers);
        units = Lines.units(units);
        charge = Lines.charge(charge);
        diagnosisPointers = Require.list("diagnosis pointers", diagnosisPointers);
        if (diagnosisPointers.isEmpty() || diagnosisPointers.size() > 4) {
            throw new IllegalArgumentException("a service line needs 1 to 4 diagnosis pointers, has "
                    + diagnosisPointers.size() + " (TR3 2400 SV107)");
        }
        for (int p : diagnosisPointers) {
            if (p < 1 || p > ProfessionalClaim.MAX_DIAGNOSES) {
                throw new IllegalArgumentException("diagnosis pointer " + p + " is outside 1..12 (TR3 2400 SV107)");
            }
        }
        if (new HashSet<>(diagnosisPointers).size() != diagnosisPointers.size()) {
            throw new IllegalArgumentException("diagnosis pointers " + diagnosisPointers + " repeat a diagnosis");
        }
        Require.present("service dates", serviceDates);
    }

    /** Checks shared by professional and institutional lines. */
    static final class Lines {
        private Lines() {
        }

        static List<Modifier> modifiers(List<Modifier> modifiers) {
            List<Modifier> m = Require.list("modifiers", modifiers);
            if (m.size() > 4) {
                throw new IllegalArgumentException("a service line has at most 4 modifiers, has " + m.size());
            }
            return m;
        }

        static BigDecimal units(BigDecimal units) {
            Require.present("units", units);
            if (units.signum() <= 0) {
                throw new IllegalArgumentException("units must be positive, was " + units.toPlainString());
            }
            if (units.stripTrailingZeros().scale() > 3) {
                throw new IllegalArgumentException("units " + units.toPlainString() + " have more than 3 decimals");
            }
            // One canonical form so that 1, 1.0 and 1.000 are the same quantity (equals on records).
            BigDecimal u = units.stripTrailingZeros();
            return u.scale() < 0 ? u.setScale(0) : u;
        }

        static Money charge(Money charge) {
            Require.present("charge", charge);
            if (charge.amount().signum() < 0) {
                throw new IllegalArgumentException("charge must not be negative, was " + charge);
            }
            return charge;
        }
    }
}
