package org.medcoder.pricing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medcoder.core.HcpcsCode;
import org.medcoder.core.Money;

/**
 * One professional service line to price: the pricing module's own small line model (the claim model of
 * {@code medcoder-claims} maps onto it in the application layer).
 *
 * @param number        the line number on the claim (1-based)
 * @param code          the HCPCS/CPT code number
 * @param modifiers     up to four modifiers, in billed order
 * @param units         units of service, 1-9999
 * @param charge        the submitted charge, when known (Medicare pays the lower of charge and fee schedule)
 * @param dateOfService the date of service, which selects the fee schedule release
 * @param setting       facility or non-facility, which selects the practice expense RVU
 * @param performer     who performed it (rendering NPI or name); multiple procedure rules compare lines of the same
 *                      performer and date; empty when the claim has one performer
 */
public record ServiceLine(int number, HcpcsCode code, List<Modifier> modifiers, int units, Optional<Money> charge,
        LocalDate dateOfService, CareSetting setting, String performer) {

    public ServiceLine {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(dateOfService, "dateOfService");
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(performer, "performer");
        modifiers = List.copyOf(modifiers);
        if (number < 1) {
            throw new IllegalArgumentException("line number must be >= 1, was " + number);
        }
        if (modifiers.size() > 4) {
            throw new IllegalArgumentException("line " + number + ": at most 4 modifiers, got " + modifiers);
        }
        if (units < 1 || units > 9999) {
            throw new IllegalArgumentException("line " + number + ": units must be 1-9999, was " + units);
        }
        if (charge.isPresent() && charge.get().amount().signum() < 0) {
            throw new IllegalArgumentException("line " + number + ": negative charge " + charge.get());
        }
    }

    /**
     * Parses {@code CODE[-MOD[-MOD...]]} as typed on the command line, e.g. {@code 27447-50} or {@code 70450-26}.
     */
    public static ServiceLine parse(int number, String codeWithModifiers, int units, LocalDate dateOfService,
            CareSetting setting) {
        String[] parts = codeWithModifiers.strip().split("-", -1);
        HcpcsCode code = HcpcsCode.parse(parts[0]);
        List<Modifier> mods = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            mods.add(Modifier.parse(parts[i]));
        }
        return new ServiceLine(number, code, mods, units, Optional.empty(), dateOfService, setting, "");
    }

    /** Whether the line carries the modifier. */
    public boolean has(Modifier m) {
        return modifiers.contains(m);
    }

    /** The code with its modifiers, e.g. {@code 27447-50}. */
    public String codeWithModifiers() {
        StringBuilder b = new StringBuilder(code.value());
        for (Modifier m : modifiers) {
            b.append('-').append(m.value());
        }
        return b.toString();
    }
}
