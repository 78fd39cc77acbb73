package org.medcoder.encoder.internal;

import java.util.regex.Pattern;

/**
 * Injury and device-complication wording rewritten to the Alphabetic Index's own. Bone ends: "distal radius" is
 * the index's "Fracture, radius, lower end" ("distal end - see lower end" needs the word "end"), "proximal humerus"
 * its "upper end". Complications of a joint prosthesis written as clinicians write them ("infection of left hip
 * prosthesis", "mechanical loosening of right total knee prosthesis", "prosthetic joint infection of the right
 * knee", "periprosthetic fracture around the left knee prosthesis"): the Alphabetic Index has them under
 * "Complication(s), joint prosthesis, internal, ..." (T84.-) and "Fracture, traumatic, periprosthetic" (M97.-), not
 * under the complication's own main term ("Infection, hip" M00.9 is a joint infection without a device). Guideline
 * I.B.16: a complication of care is coded when the documentation relates the condition to the device, as
 * "infection of ... prosthesis" does; the statement is given the index's wording ("internal joint prosthesis") so
 * the index path is found. An injured artery or vein is read under "Injury, blood vessel" ({@link VesselInjury}).
 */
final class InjuryWording {

    private static final Pattern JOINT_PROSTHESIS = Pattern.compile(
            "\\b(hip|knee|shoulder|elbow|ankle|wrist)\\s+(?:prosthesis|prosthetic\\s+joint|joint\\s+prosthesis|implant"
                    + "|(?:joint\\s+)?replacement|arthroplasty)\\b");
    /** "(peri)prosthetic joint infection of the right knee (prosthesis)": infection of the joint's prosthesis. */
    private static final Pattern JOINT_INFECTION = Pattern.compile(
            "\\b(?:peri)?prosthetic\\s+joint\\s+infection\\s+(?:of|in|involving)\\s+(?:the\\s+)?"
                    + "((?:right\\s+|left\\s+)?(?:(?:total|partial)\\s+)?(?:hip|knee|shoulder|elbow|ankle|wrist))"
                    + "(?:\\s+(?:joint\\s+)?(?:prosthesis|replacement|arthroplasty|implant))?\\b");
    /** "periprosthetic fracture around the left knee prosthesis": the index's "around internal prosthetic joint". */
    private static final Pattern PERIPROSTHETIC = Pattern.compile(
            "\\bperiprosthetic\\s+fracture\\s+(?:around|of|at|near|about)\\s+(?:the\\s+|an?\\s+)?"
                    + "((?:right\\s+|left\\s+)?)(?:(?:total|partial)\\s+)?(hip|knee|shoulder|elbow|ankle|wrist)\\s+"
                    + "(?:joint\\s+)?(?:prosthesis|replacement|arthroplasty|implant)\\b");
    private static final Pattern BONE_END = Pattern.compile(
            "\\b(distal|proximal)\\s+(?:(right|left)\\s+)?(radius|ulna|humerus|femur|tibia|fibula)\\b");
    private static final Pattern COMPLICATION = Pattern.compile(
            "\\b(?:loosening|loose|infection|infected|inflammation|dislocation|dislocated|instability|unstable|"
                    + "breakage|broken|wear|osteolysis|subluxation|failure|failed)\\b");

    private static final Pattern SURGICAL_WOUND = Pattern.compile(
            "\\b(?:surgical|operative|postoperative|post-op|postop)\\s+(?:wound|incision)\\b|\\bincision\\b");

    private InjuryWording() {
    }

    /** The expanded statement in the index's wording for bone ends and joint prosthesis complications. */
    static String rewrite(String expanded) {
        String causes = VesselInjury.rewrite(InjuryReading.rewrite(CauseWording.rewrite(expanded)));
        return prosthesis(boneEnd(DeviceWording.rewrite(dehiscence(causes))));
    }

    /**
     * "dehiscence of surgical wound (incision)": the index's "Dehiscence, operation wound" (T81.3-); "deep", fascia or
     * muscle make it the "internal operation wound (deep)" (T81.32-, whose FY2026 children name the abdominal wall
     * muscle or fascia), I.B.1.
     */
    static String dehiscence(String t) {
        if (!t.contains("dehiscence") && !t.contains("disruption")) {
            return t;
        }
        t = SURGICAL_WOUND.matcher(t).replaceAll("operation wound");
        return t.contains("fascia") || t.contains("muscle") || t.contains("deep")
                ? t.replace("operation wound", "internal operation wound") : t;
    }

    /** "distal left radius" -> "lower end of left radius" (Index: Fracture, radius, lower end). */
    static String boneEnd(String expanded) {
        if (!expanded.contains("distal") && !expanded.contains("proximal")) {
            return expanded;
        }
        var m = BONE_END.matcher(expanded);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String side = m.group(2) == null ? "" : m.group(2) + " ";
            m.appendReplacement(sb, (m.group(1).equals("distal") ? "lower" : "upper") + " end of " + side + m.group(3));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The index's wording for a joint prosthesis complication, else unchanged. */
    static String prosthesis(String expanded) {
        if (!expanded.contains("prosthe") && !expanded.contains("implant") && !expanded.contains("arthroplast")
                && !expanded.contains("replacement")) {
            return expanded;
        }
        if (expanded.contains("periprosthetic fracture")) {
            // Index: Fracture, traumatic, periprosthetic, around internal prosthetic joint, by joint (M97.-, FY2022).
            return PERIPROSTHETIC.matcher(expanded)
                    .replaceAll("periprosthetic fracture around internal prosthetic $1$2 joint");
        }
        if (expanded.contains("joint infection")) {
            expanded = JOINT_INFECTION.matcher(expanded).replaceAll("infection of $1 prosthesis");
        }
        var m = JOINT_PROSTHESIS.matcher(expanded);
        if (!m.find() || !COMPLICATION.matcher(expanded).find()) {
            return expanded;
        }
        return m.replaceAll("$1 internal joint prosthesis");
    }
}
