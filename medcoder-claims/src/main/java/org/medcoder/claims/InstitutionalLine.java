package org.medcoder.claims;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.medcoder.core.HcpcsCode;
import org.medcoder.core.Money;

/**
 * A service line of an institutional claim (837I 2400 SV2/DTP*472; UB-04 form locators 42-47): revenue code,
 * optional CPT/HCPCS code with up to four modifiers, units, charge and optional dates of service.
 */
public record InstitutionalLine(RevenueCode revenueCode, Optional<HcpcsCode> procedure, List<Modifier> modifiers,
        BigDecimal units, Money charge, Optional<DateRange> serviceDates) {

    public InstitutionalLine {
        Require.present("revenue code", revenueCode);
        Require.present("procedure", procedure);
        modifiers = ProfessionalLine.Lines.modifiers(modifiers);
        if (procedure.isEmpty() && !modifiers.isEmpty()) {
            throw new IllegalArgumentException("modifiers " + modifiers + " need a procedure code on the line");
        }
        units = ProfessionalLine.Lines.units(units);
        charge = ProfessionalLine.Lines.charge(charge);
        Require.present("service dates", serviceDates);
    }
}
