package org.medcoder.encoder.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an injury happened, as clinicians write it, rewritten to the words of the Index to External Causes
 * (Guideline I.C.20): each rewrite runs only when a literal test on the statement says it can apply.
 * <ul>
 * <li>"tripped and fell", "stumbled and fell", "slipped and fell": "Fall, same level, from slipping, stumbling,
 * tripping" (W01.0); a fall down or from something, onto ice or over an object keeps its own entry;</li>
 * <li>"struck his head on the door", "hit knee against wall": "Striking against, object" (W22.8, the "wall" subterm
 * W22.01) — "struck by" is the other main term and is left alone;</li>
 * <li>"struck head on the windshield in a car collision" is left to the transport accident (V00-V99 first);</li>
 * <li>"rear-ended by another car": a car occupant's collision with the car ("Accident, transport, car occupant,
 * collision, car", V43.92; a stated driver V43.52), nontraffic where a place off the highway is stated (V43.02),
 * read by {@link InjuryReading#transport};</li>
 * <li>"fell off his bicycle", "thrown from horse": the rider's noncollision transport accident (V18.-, V80.01-);</li>
 * <li>"while walking the dog": "Activity, walking an animal" (Y93.K1);</li>
 * <li>"struck by a baseball": "Struck by, ball, baseball" (W21.03), whose kind of ball is a subterm of "ball";</li>
 * <li>"scratched by toddler's fingernail", "from her son's fingernail": another person's fingernail is that person
 * scratching ("Scratched by, person(s) (accidentally)" W50.4), not the "Nail, embedded in skin" of W45.0 (a metal
 * nail); the patient's own fingernail is left alone.</li>
 * </ul>
 */
final class CauseWording {

    /** A slip, trip or stumble and the fall it caused, not a fall down, from, off or over something. */
    private static final Pattern SAME_LEVEL = Pattern.compile(
            "\\b(?:trip(?:ped|ping|s)?|stumbl(?:ed|ing|es|e)|slip(?:ped|ping|s)?)\\s+(?:and|&|then)\\s+"
                    + "(?:fell|falls?|falling)\\b(?!\\s+(?:down|from|off|out|over|into|onto|on (?:the )?(?:ice|snow"
                    + "|stairs|steps)|(?:down )?(?:the )?(?:stairs|steps)))");
    /** The body part a person struck on something (the injured site, which the injury code already says). */
    private static final Pattern STRIKING = Pattern.compile(
            "\\b(?:struck|hit|bumped|banged|striking|hitting|bumping|banging)\\s+(?:(?:his|her|their|my|the|its)\\s+)?"
                    + "(?:(?:right|left)\\s+)?(?:head|forehead|face|nose|chin|knee|shin|elbow|shoulder|hip|toe|foot"
                    + "|hand|finger|leg|arm|back)\\s+(?:on|against|into)\\s+(?:an?\\s+|the\\s+)?");
    private static final Pattern REAR_ENDED = Pattern.compile(
            "\\brear[- ]?ended\\s+(?:by\\s+)?(?:another|an?|the)\\s+(?:other\\s+)?(?:car|automobile|suv)\\b");
    /** A place that makes a vehicle accident a nontraffic one (Chapter 20 definitions, V00-V99). */
    private static final Pattern NOT_HIGHWAY = Pattern.compile(
            "\\b(?:nontraffic|non-traffic|parking lot|driveway|off[- ]road|private (?:road|trail|property|drive)|farm"
            + "|trail|(?:back|front)?yard)\\b");
    /**
     * A fall from, or being thrown from, a vehicle or a ridden animal: the noncollision transport accident of the
     * rider ("Fall, from, vehicle NEC - see also Accident, transport"; V18 "Pedal cycle rider injured in noncollision
     * transport accident" includes "fall or thrown from pedal cycle (without antecedent collision)"; V80.01- "injured
     * by fall from or being thrown from animal in noncollision accident"), not "Fall" W19 or "Contact, with, horse"
     * W55.1-. Group 1 is the vehicle or the animal.
     */
    private static final Pattern VEHICLE_FALL = Pattern.compile("\\b(?:fell|falls?|falling|fallen|thrown|bucked)\\s+"
            + "(?:off|from)\\s+(?:of\\s+)?(?:(?:an?|the|his|her|their|my)\\s+)?(horse|pony|mule|donkey|bicycle|bike"
            + "|pedal cycle|motorcycle|motorbike)\\b");
    private static final Pattern PASSENGER = Pattern.compile("\\bpassenger\\b");
    /** The injured person's place in the vehicle, stated. */
    private static final Pattern OCCUPANT = Pattern.compile("\\b(?:driver|passenger|occupant)\\b");
    /**
     * A transport accident: a vehicle with a collision or crash. The Index to External Causes' "Striking against"
     * is for objects outside transport accidents (Chapter 20 note: transport accidents V00-V99 come first).
     */
    private static final Pattern TRANSPORT = Pattern.compile("\\b(?:mvc|mva|(?:car|auto|automobile|motor vehicle"
            + "|vehicle|truck|bus|motorcycle|van|suv)\\b.*\\b(?:collision|crash|accident|rear[- ]?ended|rollover)"
            + "|(?:collision|crash|accident|rollover)\\b.*\\b(?:car|auto|automobile|vehicle|truck|bus|motorcycle|van"
            + "|suv))\\b");
    /**
     * A fall from a pedestrian conveyance the person was riding ("fell while downhill skiing", "fell off his
     * skateboard", "fall from ice skates"): "Fall, involving, skis / skates / skateboard - see Accident, transport,
     * pedestrian, conveyance" (V00.-), not "Fall" W19 or "Fall, due to, ice or snow" W00; group 1 says how it was
     * worded, group 2 is the activity or conveyance with its qualifier, group 3 the conveyance.
     */
    private static final Pattern CONVEYANCE_FALL = Pattern.compile("\\b(?:fell|falls?|falling)\\s+(?:(off|from|while"
            + "|when)\\s+(?:(?:an?|the|his|her|their|my)\\s+)?)?((?:(?:downhill|alpine|cross[- ]country|snow)\\s+)?"
            + "(skis?|skiing|snowboard(?:ing)?|skateboard(?:ing)?|ice[- ]skat(?:es|ing)|sled(?:ding)?))\\b");
    /** Walking an animal: "Activity, walking an animal" (Y93.K1), not "walking, marching and hiking" (Y93.01). */
    private static final Pattern WALKING_ANIMAL = Pattern.compile(
            "\\bwalking\\s+(?:the\\s+|a\\s+|an\\s+|his\\s+|her\\s+|their\\s+|my\\s+)?(?:dogs?|animals?|horses?)\\b");
    private static final Pattern BALL = Pattern.compile(
            "\\b(struck|hit)\\s+by\\s+(?:an?\\s+|the\\s+)?(baseball|basketball|football|softball|volleyball|golf ball"
                    + "|soccer ball)\\b(?!\\s+bat)");

    /** Another person's fingernail as the cause: how a scratch by a person is written. */
    private static final Pattern FINGERNAIL = Pattern.compile("\\b(?:scratched\\s+(?:by|with)|from|by|with)\\s+"
            + "(?:(?:a|an|the|his|her|their|my)\\s+)?(?!own\\b)(?:[a-z]+(?:'s|s')?\\s+)?fingernails?\\b");

    private CauseWording() {
    }

    /** The statement with the causes above in the Index to External Causes' words, else unchanged. */
    static String rewrite(String t) {
        if (t.contains(" fell") || t.contains(" fall")) {
            t = SAME_LEVEL.matcher(t).replaceAll("fall on same level from slipping stumbling tripping");
        }
        // Only with a striking verb (hot path: " on " is common, and without the verb the rewrite changes nothing).
        if ((t.contains(" on ") || t.contains("against") || t.contains("into")) && striking(t)
                && !TRANSPORT.matcher(t).find()) {
            t = STRIKING.matcher(t).replaceAll("striking against object ");
        }
        if (t.contains("rear")) {
            // A vehicle accident is a traffic accident unless another place is stated (Chapter 20 definitions,
            // V00-V99: "assumed to have occurred on the public highway unless another place is specified").
            // Being rear-ended by a car makes the person a vehicle's occupant: a car occupant unless stated
            // ("Accident, transport, car occupant, collision, car", V43.-; driver V43.0-/V43.5-).
            String who = OCCUPANT.matcher(t).find() ? "" : "car occupant ";
            t = REAR_ENDED.matcher(t).replaceAll(who + "in collision with car in "
                    + (NOT_HIGHWAY.matcher(t).find() ? "nontraffic accident" : "traffic"));
        }
        if (t.contains(" fell") || t.contains(" fall")) {
            t = conveyanceFall(t);
        }
        if (t.contains("fell") || t.contains("fall") || t.contains("thrown") || t.contains("bucked")) {
            t = vehicleFall(t);
        }
        if (t.contains("walking")) {
            t = WALKING_ANIMAL.matcher(t).replaceAll("walking an animal");
        }
        if (t.contains(" by ")) {
            t = BALL.matcher(t).replaceAll("$1 by ball $2");
        }
        if (t.contains("fingernail")) {
            t = FINGERNAIL.matcher(t).replaceAll("scratched by person");
        }
        return t;
    }

    /** Whether {@link #STRIKING} can match: each of its verbs holds one of these literally. */
    private static boolean striking(String t) {
        return t.contains("struck") || t.contains("hit") || t.contains("bump") || t.contains("bang")
                || t.contains("striking");
    }

    /**
     * A fall from a vehicle or a ridden animal in the words of "Accident, transport": an animal rider's noncollision
     * accident (a horse rider's is "specified as horse rider", V80.010); a pedal cyclist's noncollision accident, the
     * cyclist the driver unless a passenger is stated (Chapter 20 definitions: the driver is the occupant operating
     * the vehicle; the one person on a cycle who rides it is operating it), nontraffic where a place off the public
     * highway is stated (Chapter 20 definitions, traffic accident: on the public highway); a motorcycle rider's
     * noncollision accident.
     */
    static String vehicleFall(String t) {
        Matcher m = VEHICLE_FALL.matcher(t);
        if (!m.find()) {
            return t;
        }
        String what = m.group(1);
        String traffic = NOT_HIGHWAY.matcher(t).find() ? " nontraffic" : "";
        String accident = switch (what) {
            case "horse", "pony", "mule", "donkey" -> "transport accident animal rider noncollision"
                    + (what.equals("horse") ? " specified as horse rider" : "");
            case "motorcycle", "motorbike" -> "transport accident motorcycle rider noncollision accident" + traffic;
            default -> "transport accident pedal cyclist" + (PASSENGER.matcher(t).find() ? "" : " driver")
                    + " noncollision accident" + traffic;
        };
        return t.substring(0, m.start()) + accident + t.substring(m.end());
    }

    /**
     * A fall from a conveyance in the index's words ("transport accident pedestrian conveyance skis fall"), the
     * activity kept after "while" for its Y93 code (I.C.20.c).
     */
    static String conveyanceFall(String t) {
        Matcher m = CONVEYANCE_FALL.matcher(t);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String what = m.group(3);
            String conveyance = what.startsWith("ski") ? "skis" : what.startsWith("snow") ? "snow board"
                    : what.startsWith("skate") ? "skateboard" : what.startsWith("sled") ? "sled" : "ice skates";
            boolean doing = "while".equals(m.group(1)) || "when".equals(m.group(1));
            m.appendReplacement(sb, "transport accident pedestrian conveyance " + conveyance + " fall"
                    + (doing ? " while " + m.group(2) : ""));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
