package org.medcoder.encoder.internal;

import java.util.regex.Pattern;

/**
 * Infections of a urinary catheter, a dialysis catheter or a cerebrospinal fluid shunt written as clinicians write
 * them ("catheter-associated urinary tract infection", "UTI due to Foley catheter", "infected VP shunt") in the
 * Alphabetic Index's own wording: "Complication(s), catheter, urethral, indwelling, infection and inflammation"
 * (T83.511), "catheter, intraperitoneal dialysis, ..." (T85.71), "ventricular (communicating) shunt, ..." (T85.730).
 * Guideline I.B.16: a complication of care is coded when the documentation relates the condition to the device, as
 * "due to", "associated" and "infected <device>" do; the device's "use additional code to identify the infection"
 * note then pairs the infection the statement states (urinary tract infection N39.0; I.A.13). A central venous
 * catheter needs no rewriting: the index has "Infection, due to, central venous catheter" and "Infection, central
 * line-associated" (T80.21-). Runs only when "catheter" or "shunt" is in the statement (hot path).
 */
final class DeviceWording {

    private static final String DEVICE = "((?:indwelling |foley |urethral |urinary |bladder |peritoneal dialysis |pd "
            + "|tenckhoff |dialysis )+catheter|(?:ventriculoperitoneal |ventricular |vp |csf )+shunt)";
    private static final String INFECTION = "(urinary tract infection|infection|inflammation|cellulitis|abscess)";
    /** "UTI due to indwelling urethral catheter", "infection of the PD catheter". */
    private static final Pattern AFTER = Pattern.compile("\\b" + INFECTION
            + "\\s+(?:due to|from|of|associated with|related to|secondary to|caused by|at|around)\\s+"
            + "(?:an?\\s+|the\\s+)?"
            + DEVICE + "(?:\\s+(?:site|exit site|tunnel))?");
    /** "catheter-associated urinary tract infection", "infected VP shunt", "VP shunt infection". */
    private static final Pattern BEFORE = Pattern.compile("\\b(?:" + DEVICE + "[- ](?:associated|related)\\s+"
            + INFECTION + "|infected\\s+" + DEVICE + "|" + DEVICE + "\\s+" + INFECTION + ")");
    private static final Pattern CATHETER_ASSOCIATED = Pattern.compile(
            "\\bcatheter[- ](?:associated|related) (urinary tract infection)");

    private DeviceWording() {
    }

    /** The expanded statement with a device infection in the index's wording, else unchanged. */
    static String rewrite(String t) {
        if (!t.contains("catheter") && !t.contains("shunt")) {
            return t;
        }
        // A catheter named only by the urinary tract infection it causes is a urinary catheter.
        t = CATHETER_ASSOCIATED.matcher(t).replaceAll("infection due to urinary catheter, $1");
        var m = AFTER.matcher(t);
        if (m.find()) {
            return t.substring(0, m.start()) + complication(m.group(2), m.group(1)) + t.substring(m.end());
        }
        m = BEFORE.matcher(t);
        if (m.find()) {
            String device = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(4);
            String infection = m.group(2) != null ? m.group(2) : m.group(5) != null ? m.group(5) : "infection";
            return t.substring(0, m.start()) + complication(device, infection) + t.substring(m.end());
        }
        return t;
    }

    /** "complication of indwelling urethral catheter infection and inflammation[, urinary tract infection]". */
    private static String complication(String device, String infection) {
        String d = device.contains("shunt") ? "ventricular shunt"
                : device.contains("dialysis") || device.startsWith("pd") || device.contains("tenckhoff")
                        ? "intraperitoneal dialysis catheter" : "indwelling urethral catheter";
        String extra = infection.equals("urinary tract infection") ? ", urinary tract infection" : "";
        return "complication of " + d + " infection and inflammation" + extra;
    }
}
