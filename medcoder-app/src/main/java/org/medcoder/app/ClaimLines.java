package org.medcoder.app;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medcoder.claims.Claim;
import org.medcoder.claims.ClaimBatch;
import org.medcoder.claims.ClaimInput;
import org.medcoder.claims.ProfessionalClaim;
import org.medcoder.claims.ProfessionalLine;
import org.medcoder.pricing.CareSetting;
import org.medcoder.pricing.Modifier;
import org.medcoder.pricing.ServiceLine;

/**
 * Maps the claim model of medcoder-claims onto the pricing module's line model (medcoder-pricing does not depend on
 * medcoder-claims): place of service → facility/non-facility, the rendering (else billing) NPI → performer.
 */
final class ClaimLines {

    private ClaimLines() {
    }

    /** The one professional claim of a file, or a clear error (invalid claim, institutional claim, several claims). */
    static ProfessionalClaim professionalClaim(ClaimBatch batch) {
        if (batch.claims().size() != 1) {
            throw new IllegalArgumentException(batch.source() + " holds " + batch.claims().size()
                    + " claims; price --claim takes a file with one claim");
        }
        ClaimInput input = batch.claims().get(0);
        if (!input.isValid()) {
            throw new IllegalArgumentException(batch.source() + ": the claim is not valid: "
                    + input.findings().stream().filter(f -> f.isError()).findFirst().map(Object::toString).orElse(""));
        }
        Claim claim = input.claim().orElseThrow();
        if (!(claim instanceof ProfessionalClaim p)) {
            throw new IllegalArgumentException("claim " + claim.id() + " is institutional; the Physician Fee Schedule "
                    + "prices professional claims (837P)");
        }
        return p;
    }

    /** The pricing lines of a professional claim, numbered 1..n in claim order. */
    static List<ServiceLine> of(ProfessionalClaim claim, Optional<CareSetting> override) {
        CareSetting setting = override.orElse(CareSetting.ofPlaceOfService(claim.placeOfService().value()));
        String performer = claim.renderingProvider().map(p -> p.npi().value())
                .orElse(claim.header().billingProvider().provider().npi().value());
        List<ServiceLine> out = new ArrayList<>(claim.lines().size());
        int number = 1;
        for (ProfessionalLine l : claim.lines()) {
            BigDecimal units = l.units();
            if (units.stripTrailingZeros().scale() > 0) {
                throw new IllegalArgumentException("line " + number + ": units " + units.toPlainString()
                        + " are not whole; fee schedule services are billed in whole units");
            }
            List<Modifier> mods = new ArrayList<>();
            for (org.medcoder.claims.Modifier m : l.modifiers()) {
                mods.add(Modifier.parse(m.value()));
            }
            out.add(new ServiceLine(number++, l.procedure(), mods, units.intValueExact(), Optional.of(l.charge()),
                    l.serviceDates().from(), setting, performer));
        }
        return out;
    }
}
