package org.medcoder.encoder.internal;

import java.util.List;
import org.medcoder.encoder.EncodedCode;

/**
 * Second codes the statement states in a clause of its own that the Official Guidelines have coded whenever they are
 * documented, although no Tabular List note links them to the condition (used by {@link StatedConditions}):
 * <ul>
 *   <li>social determinants of health, Z55-Z65, after the conditions (I.C.21.c.17; I.B.14);</li>
 *   <li>status, long-term drug therapy and history codes (Z79, Z80-Z87, Z89-Z99), after the conditions (I.C.21.c.3,
 *       I.C.21.c.4);</li>
 *   <li>respiratory failure (J96) stated with the condition it accompanies, both in the order written (I.C.10.b);</li>
 *   <li>a post COVID-19 condition: the condition first, then U09.9 (I.C.1.g.1.m);</li>
 *   <li>an encounter for chemotherapy, immunotherapy or radiation therapy (Z51.0, Z51.11, Z51.12) first, then the
 *       neoplasm treated (I.C.2.e.2).</li>
 * </ul>
 */
final class StatedKinds {

    /** Why the clause's code is coded, the guideline section, and whether it goes before the code it links to. */
    record Link(String why, String section, Order order) {
    }

    /** Where a linked code goes. */
    enum Order {
        /** First of all codes. */
        FIRST,
        /** Before the first supplementary code (social, status, history, U09.9). */
        BEFORE_SUPPLEMENTARY,
        /** After all codes. */
        LAST,
        /** Where the statement writes it: first, or after the conditions (before the supplementary codes). */
        AS_WRITTEN
    }

    private StatedKinds() {
    }

    /**
     * The rule linking {@code y} (a clause's code) to the assigned {@code x}, or null; codes without dots.
     * {@code codes} are the codes assigned so far, {@code t} the statement.
     */
    static Link link(String x, String y, List<EncodedCode> codes, String t) {
        boolean conditionCoded = codes.stream().anyMatch(c -> condition(c.code().value()));
        // An underdosing told in clinicians' words ("taking less levothyroxine than prescribed", I.C.19.e.5.c)
        // counts too: its T..6 code is added after the stated clauses.
        boolean hardship = t.contains("hardship") && (t.contains("underdos") || t.contains("noncomplian")
                || codes.stream().anyMatch(c -> CodeKinds.underdosing(c.code().value()))
                || Underdosing.underdosed(t).isPresent());
        if (social(y) && !social(x) && !hardship) {
            // (A financial hardship behind an underdosing or a noncompliance is said by Z91.1-, I.C.19.e.5.c.)
            return new Link("a social determinant of health the statement documents", "I.C.21.c.17", Order.LAST);
        }
        if (status(y) && condition(x)) {
            return new Link("a " + (history(y) ? "history" : "status or long-term drug therapy")
                    + " code the statement documents, after the condition", history(y) ? "I.C.21.c.4" : "I.C.21.c.3",
                    Order.LAST);
        }
        if ((social(x) || status(x)) && condition(y) && !conditionCoded) {
            return new Link("the condition the " + (social(x) ? "social determinant" : "status or history")
                    + " code " + dotted(x) + " accompanies, before it", social(x) ? "I.C.21.c.17" : "I.C.21.c.3",
                    Order.BEFORE_SUPPLEMENTARY);
        }
        if (y.equals("U099") && condition(x) && !x.startsWith("U07")) {
            return new Link("a post COVID-19 condition: the condition first, then U09.9", "I.C.1.g.1.m", Order.LAST);
        }
        if (x.equals("U099") && condition(y) && !y.startsWith("U07") && !conditionCoded) {
            return new Link("the condition of the post COVID-19 condition, before U09.9", "I.C.1.g.1.m",
                    Order.BEFORE_SUPPLEMENTARY);
        }
        if ((y.startsWith("J96") && condition(x) && !x.startsWith("J96") && symptomFree(x)
                || x.startsWith("J96") && condition(y) && !y.startsWith("J96") && symptomFree(y))) {
            return new Link("respiratory failure stated with the condition it accompanies, in the order written",
                    "I.C.10.b", Order.AS_WRITTEN);
        }
        if (therapy(y) && neoplasm(x)) {
            return new Link("encounter solely for the administration of the therapy: the Z51 code first, the"
                    + " malignancy after it", "I.C.2.e.2", Order.FIRST);
        }
        if (therapy(x) && neoplasm(y)) {
            return new Link("the malignancy treated, after the Z51 code", "I.C.2.e.2", Order.LAST);
        }
        return null;
    }

    /** Puts {@code y} where {@code order} says; {@code yFirst}: the statement writes y before the linked code. */
    static void place(List<EncodedCode> codes, EncodedCode y, Order order, boolean yFirst) {
        int at = codes.size();
        if (order == Order.FIRST || order == Order.AS_WRITTEN && yFirst) {
            at = 0;
        } else if (order == Order.BEFORE_SUPPLEMENTARY || order == Order.AS_WRITTEN) {
            for (int i = 0; i < codes.size(); i++) {
                if (supplementary(codes.get(i).code().value())) {
                    at = i;
                    break;
                }
            }
        }
        codes.add(at, y);
    }

    /**
     * Whether the statement writes the clause's code {@code y} before the code it links to (respiratory failure and
     * its condition keep the order written, I.C.10.b): the clause of a J96 code comes first, or the condition's
     * clause comes before the words "respiratory failure".
     */
    static boolean writtenFirst(String t, StatedConditions.Clause c, String y) {
        if (y.startsWith("J96")) {
            return c.index() == 0;
        }
        int failure = t.indexOf("respiratory failure");
        return failure >= 0 && t.indexOf(c.text()) < failure;
    }

    /** Social determinants of health, Z55-Z65 (I.C.21.c.17). */
    static boolean social(String v) {
        return v.compareTo("Z55") >= 0 && v.compareTo("Z66") < 0;
    }

    /** Long-term drug therapy (Z79), history (Z80-Z87) and status (Z89-Z99) codes. */
    static boolean status(String v) {
        return v.startsWith("Z79") || history(v) || v.compareTo("Z89") >= 0 && v.compareTo("Z9A") < 0;
    }

    private static boolean history(String v) {
        return v.compareTo("Z80") >= 0 && v.compareTo("Z88") < 0;
    }

    private static boolean supplementary(String v) {
        return social(v) || status(v) || v.equals("U099");
    }

    /** A code of a condition: not a Z code, an external cause, a drug's T code or an organism (B95-B97). */
    static boolean condition(String v) {
        char c = v.charAt(0);
        return c != 'Z' && c != 'V' && c != 'W' && c != 'X' && c != 'Y' && !CodeKinds.drugCode(v)
                && !CodeKinds.organism(v) && !v.equals("U099");
    }

    /** Not a sign or symptom (R00-R99), which a respiratory failure's own code may say (I.B.5). */
    private static boolean symptomFree(String v) {
        return v.charAt(0) != 'R';
    }

    private static boolean therapy(String v) {
        return v.equals("Z510") || v.equals("Z5111") || v.equals("Z5112");
    }

    private static boolean neoplasm(String v) {
        return v.charAt(0) == 'C' || v.charAt(0) == 'D' && v.compareTo("D50") < 0;
    }

    private static String dotted(String v) {
        return v.length() > 3 ? v.substring(0, 3) + "." + v.substring(3) : v;
    }
}
