package org.medcoder.encoder.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An injury of a named artery or vein ("laceration of right carotid artery", "injury to superficial palmar arch",
 * "transection of left ulnar artery"), rewritten to the Alphabetic Index's own axis. The index files every traumatic
 * vessel injury under one group subterm the statement never says: "Injury, blood vessel, [vessel], [type]"
 * (S15.-, S25.-, S35.-, S45.-, S55.-, S65.-, S75.-, S85.-, S95.-, S06.8-), and sends the type there: "Laceration,
 * blood vessel - see Injury, blood vessel". So the vessel is given the group's words ("carotid artery blood
 * vessel"), and a type of injury stated without the word "injury" ("laceration") is read as a type under the
 * vessel ("laceration injury"), as the index's "Injury, blood vessel, peroneal artery, laceration" (S85.21-) is
 * (Guideline I.A.16: the entry the cross-reference names; I.C.19.b: the most specific injury code). A vessel
 * injured during a procedure is a complication of care (I.B.16, T81.7-/I97.-), not rewritten, and nor is a vessel
 * named without an injury (thrombosis of a vein is a disease).
 */
final class VesselInjury {

    /**
     * A vessel by its own noun, not already the index's "blood vessel". The aorta is left out: the index has it as
     * "Injury, aorta" itself ("blood vessel, aorta - see Injury, aorta"), so only its type is read under it.
     */
    private static final Pattern VESSEL = Pattern.compile(
            "(?<!blood )\\b(arter(?:y|ies)|veins?|vena cava|(?:palmar|plantar) arch(?:es)?|vessels?)\\b");
    private static final Pattern AORTA = Pattern.compile("\\baorta\\b");
    /** The types of injury the index lists under a vessel of "Injury, blood vessel". */
    private static final Pattern TYPE = Pattern.compile(
            "\\b(laceration|lacerated|transection|transected|injury|injuries|injured|trauma|traumatic)\\b");
    /** "Traumatic" (the cause) before the injury's own noun: a listed type (group 1) or another one. */
    private static final Pattern CAUSE_THEN_TYPE = Pattern.compile(
            "\\btraumatic\\s+(?:(laceration|transection)|(?!injur)[a-z]+)\\b");
    /** A procedure or a device: the vessel's injury is a complication of care, coded from "Complication". */
    private static final Pattern CARE = Pattern.compile("\\b(?:procedure|procedural|surgery|surgical|during|operation"
            + "|operative|catheter\\w*|graft|stent\\w*|dialysis|fistula|shunt|iatrogenic|accidental puncture"
            + "|intraoperative|postprocedural|device|prosthe\\w*|implant\\w*|cannula\\w*|line)\\b");

    private VesselInjury() {
    }

    /** The statement with an injured vessel in the index's words, else unchanged. */
    static String rewrite(String t) {
        if (!mayApply(t)) {
            return t;
        }
        Matcher type = TYPE.matcher(t);
        if (!type.find() || CARE.matcher(t).find() || !VESSEL.matcher(t).find() && !AORTA.matcher(t).find()) {
            return t;
        }
        String withGroup = VESSEL.matcher(t).replaceAll(m -> m.group(1).startsWith("vessel")
                ? "blood " + m.group(1) : m.group(1) + " blood vessel");
        if (t.contains("injur")) {
            return withGroup;
        }
        // "traumatic rupture of X": "traumatic" says the cause, the type is the noun after it; a type the index does
        // not list under the vessel (rupture, tear) is its "specified type NEC" (I.A.9.a: NEC, other specified).
        Matcher cause = CAUSE_THEN_TYPE.matcher(withGroup);
        if (cause.find()) {
            return withGroup.substring(0, cause.start()) + (cause.group(1) != null ? cause.group(1) + " injury"
                    : "specified type injury") + withGroup.substring(cause.end());
        }
        // "laceration of X artery": the type is a subterm under the vessel ("Injury, blood vessel, X, laceration").
        Matcher first = TYPE.matcher(withGroup);
        first.find();
        return withGroup.substring(0, first.end()) + " injury" + withGroup.substring(first.end());
    }

    /** A cheap literal test: a vessel noun is written (hot path: most statements name none). */
    private static boolean mayApply(String t) {
        return (t.contains("arter") || t.contains("vein") || t.contains("aorta") || t.contains("vena cava")
                || t.contains(" arch") || t.contains("vessel")) && !t.contains("blood vessel");
    }
}
