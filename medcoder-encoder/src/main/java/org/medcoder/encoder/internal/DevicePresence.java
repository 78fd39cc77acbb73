package org.medcoder.encoder.internal;

import java.util.function.BiConsumer;

/**
 * A device the patient lives with, written as a clinician writes it ("wears hearing aids", "uses an insulin pump",
 * "insulin pump user", "cochlear implant in place", "implanted cardiac defibrillator"), in the Alphabetic Index's
 * words for its status: "Presence (of), hearing-aid or device (external)" Z97.4, "Presence, contact lens(es)" Z97.3,
 * "Presence, insulin pump (functional)" Z96.41, "Presence, cochlear implant" Z96.21, "Presence, cardiac, pacemaker"
 * Z95.0, "Presence, cardiac, defibrillator" Z95.810, "Presence, cerebrospinal fluid drainage device" Z98.2. A status
 * code says a device is there (Guideline I.C.21.c.3); it is not used beside a complication of the device, whose code
 * already says so: no presence wording next to "malfunction", "infected", "failure" and their kin.
 *
 * <p>A plural "aids" after the word naming what it aids ("hearing aids", "walking aids", "mobility aids") is the
 * noun, never the syndrome the index's main term "AIDS" (B20) names: the abbreviation is the disease only where the
 * statement writes it as a condition (I.C.1.a: HIV disease is coded only when the provider documents it).
 */
final class DevicePresence {

    /** Verbs and prepositions saying the patient has the device now. */
    private static final String HAS = "(?:wears|wearing|uses|using|has|with|on)\\s+(?:an?\\s+|bilateral\\s+|her\\s+"
            + "|his\\s+)?";

    /** The device's own adjectives between the verb and its noun ("has a dual-chamber cardiac pacemaker"). */
    private static final String KIND = "(?:(?:implanted|implantable|permanent|dual[- ]chamber|single[- ]chamber"
            + "|biventricular|leadless|cardiac|external|behind[- ]the[- ]ear|digital|programmable)\\s+)*";

    /** The same after the device: "insulin pump user", "cochlear implant in place". */
    private static final String AFTER = "(?:\\s+(?:user|in place|present|status|dependent))";

    /**
     * No complication of a device anywhere after it (I.C.21.c.3: the T82-T85 code says it is there), nor its
     * placement, check or removal, which an encounter code (Z45.-, Z46.-) or a procedure says (I.C.21.c.7).
     */
    private static final String NO_COMPLICATION = "(?!.*(?:malfunction|infect|complicat|failure|displace|dislodg"
            + "|erosion|fracture|leak|breakdown|problem|adjust|fitting|check|placement|placed|insertion|implantation"
            + "|removal|replace|interrogat|reprogram))";

    /**
     * The index's subterm of "Presence (of)", then the device's forms, each starting with a letter (the forms are
     * also read after the device's name: {@link Abbreviations#fast}).
     */
    private static final String[][] DEVICES = {
        {"hearing-aid", "hearing aids?", "hearing-aids?"},
        {"contact lens", "contact lens(?:es)?"},
        {"spectacles", "eyeglasses", "glasses", "spectacles"},
        {"insulin pump", "insulin pump"},
        {"cochlear implant", "cochlear implants?"},
        {"cardiac pacemaker", "pacemaker", "cardiac pacemaker", "permanent pacemaker", "dual[- ]chamber pacemaker",
            "dual[- ]chamber cardiac pacemaker", "biventricular pacemaker", "implanted pacemaker"},
        {"cardiac defibrillator", "implanted cardiac defibrillator", "implantable cardiac defibrillator",
            "implantable cardioverter[- ]defibrillator", "implanted defibrillator"},
        {"cerebrospinal fluid drainage device", "ventriculoperitoneal shunt", "vp shunt", "csf shunt"}};

    /** Words naming what a plural "aids" aids: the noun, not the syndrome. */
    private static final String[] AIDED = {"walking", "mobility", "visual", "vision", "low-vision", "ambulatory",
        "communication", "memory", "sleep", "dietary", "daily living"};

    private DevicePresence() {
    }

    /** Adds the variants (regex of the written form, index wording) in the order they are to be tried. */
    static void register(BiConsumer<String, String> put) {
        for (String[] d : DEVICES) {
            String presence = "presence of " + d[0];
            String forms = String.join("|", java.util.Arrays.asList(d).subList(1, d.length));
            String device = HAS + KIND + "(?:" + forms + ")" + NO_COMPLICATION;
            // A relative or coordinated clause ("patient with AIDS who wears glasses"): the status is a clause of
            // its own, so the condition before it keeps its code (I.C.21.c.3 status beside the diagnosis; AIDS B20,
            // I.C.1.a.1); only the device phrase is rewritten.
            put.accept("who\\s+" + device, ", " + presence);
            put.accept("and\\s+" + device, ", " + presence);
            put.accept(device, presence);
            for (int i = 1; i < d.length; i++) {
                put.accept(d[i] + AFTER + NO_COMPLICATION, presence);
            }
        }
        put.accept("hearing aids?|hearing-aids?", "hearing-aid");
        for (String aided : AIDED) {
            put.accept(aided + " aids", aided + " appliances");
        }
    }
}
