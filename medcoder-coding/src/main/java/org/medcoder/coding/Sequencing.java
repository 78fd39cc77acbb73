package org.medcoder.coding;

import java.util.List;
import org.medcoder.coding.internal.Proposal;

/**
 * Proposes the first-listed (outpatient, Section IV.G) or principal (inpatient, Section II) diagnosis: the
 * most confident established condition. Symptom codes (chapter 18) are not sequenced first when a related
 * established diagnosis is proposed (II.A, IV.D); history and status Z codes are not first-listed.
 */
final class Sequencing {

    private Sequencing() {
    }

    /** Moves the proposed first diagnosis to the front (the list is sorted by confidence) and says why. */
    static String principalFirst(List<Proposal> proposals, Setting setting) {
        if (proposals.isEmpty()) {
            return "";
        }
        int pick = 0;
        for (int i = 0; i < proposals.size(); i++) {
            String c = proposals.get(i).code;
            if (!c.startsWith("R") && !c.startsWith("Z")) {
                pick = i;
                break;
            }
        }
        Proposal p = proposals.remove(pick);
        proposals.add(0, p);
        String role = setting == Setting.INPATIENT ? "principal diagnosis (Section II)" : "first-listed diagnosis (Section IV.G)";
        return Coder.dotted(p.code) + " proposed as " + role + ": the most confident established condition"
                + (pick > 0 ? "; symptom and history codes are not sequenced first" : "")
                + "; confirm it is the reason for the " + (setting == Setting.INPATIENT ? "admission" : "encounter");
    }
}
