package org.medcoder.pricing;

/**
 * The payment rules of a line's own modifiers, applied before claim context: bilateral (50), co-surgeons (62), team
 * surgery (66), assistant at surgery (80/81/82, AS). Each reads the code's indicator in the PPRRVU file.
 */
final class Modifiers {

    private Modifiers() {
    }

    static void apply(LineWork w) {
        if (w.line.has(Modifier.BILATERAL)) {
            bilateral(w);
        }
        if (w.priced() && w.line.has(Modifier.CO_SURGEONS)) {
            coSurgeons(w);
        }
        if (w.priced() && w.line.has(Modifier.TEAM_SURGEONS)) {
            team(w);
        }
        if (w.priced()) {
            assistant(w);
        }
    }

    /** MCPM ch.12 §40.7: indicator 1 pays 150%; 3 pays each side at 100%; 0 and 2 pay 100%. */
    private static void bilateral(LineWork w) {
        switch (w.entry.bilateralSurgery()) {
            case '1' -> w.adjustUnit(PaymentRule.BILATERAL_150, Pricer.share(w.unitCents, 15_000));
            case '3' -> w.adjustUnit(PaymentRule.BILATERAL_EACH_SIDE, Pricer.share(w.unitCents, 20_000));
            case '0', '2' -> {
                w.adjustUnit(PaymentRule.BILATERAL_NOT_ADJUSTED, w.unitCents);
                w.note(w.entry.bilateralSurgery() == '2' ? "bilateral indicator 2: the RVUs already describe both sides"
                        : "bilateral indicator 0: the 150% adjustment does not apply");
            }
            default -> {
                w.adjustUnit(PaymentRule.BILATERAL_NOT_ADJUSTED, w.unitCents);
                w.note("bilateral indicator 9: the bilateral concept does not apply to this code");
            }
        }
    }

    /** MCPM ch.12 §40.8: 62.5% of the fee for each co-surgeon where the indicator allows co-surgeons. */
    private static void coSurgeons(LineWork w) {
        char ind = w.entry.coSurgeons();
        if (ind == '1' || ind == '2') {
            w.adjustUnit(PaymentRule.CO_SURGEON, Pricer.share(w.unitCents, 6_250));
            if (ind == '1') {
                w.note("co-surgery indicator 1: paid with documentation of medical necessity");
            }
        } else {
            w.stop(LineOutcome.NOT_PAYABLE, "co-surgeons (62) not permitted: co-surgery indicator " + ind
                    + " (MCPM ch.12 §40.8)");
        }
    }

    /** MCPM ch.12 §40.8: team surgery is priced by report by the contractor where the indicator allows it. */
    private static void team(LineWork w) {
        char ind = w.entry.teamSurgery();
        if (ind == '1' || ind == '2') {
            w.stop(LineOutcome.CARRIER_PRICED, "team surgery (66), indicator " + ind + ": the contractor prices it by "
                    + "report (MCPM ch.12 §40.8)");
        } else {
            w.stop(LineOutcome.NOT_PAYABLE, "team surgeons (66) not permitted: team surgery indicator " + ind
                    + " (MCPM ch.12 §40.8)");
        }
    }

    /** MCPM ch.12 §20.4.3: 16% of the fee; a non-physician assistant (AS) gets 85% of that. */
    private static void assistant(LineWork w) {
        boolean physician = false;
        for (Modifier m : w.line.modifiers()) {
            physician |= m.isPhysicianAssistantAtSurgery();
        }
        boolean nonPhysician = w.line.has(Modifier.NON_PHYSICIAN_ASSISTANT);
        if (!physician && !nonPhysician) {
            return;
        }
        char ind = w.entry.assistantSurgery();
        if (ind == '1' || ind == '9') {
            w.stop(LineOutcome.NOT_PAYABLE, "assistant at surgery not paid: assistant indicator " + ind
                    + (ind == '1' ? " (statutory payment restriction)" : " (concept does not apply)")
                    + " (MCPM ch.12 §20.4.3)");
            return;
        }
        if (nonPhysician) {
            w.adjustUnit(PaymentRule.ASSISTANT_NON_PHYSICIAN, Pricer.share(w.unitCents, 1_360));
        } else {
            w.adjustUnit(PaymentRule.ASSISTANT_AT_SURGERY, Pricer.share(w.unitCents, 1_600));
        }
        if (ind == '0') {
            w.note("assistant indicator 0: paid only with documentation of medical necessity");
        }
    }
}
