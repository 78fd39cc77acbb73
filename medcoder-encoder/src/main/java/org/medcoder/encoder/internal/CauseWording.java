package org.medcoder.encoder.internal;

import java.util.regex.Pattern;

/**
 * How an injury happened, as clinicians write it, rewritten to the words of the Index to External Causes
 * (Guideline I.C.20): each rewrite runs only when a literal test on the statement says it can apply.
 * <ul>
 * <li>"tripped and fell", "stumbled and fell", "slipped and fell": "Fall, same level, from slipping, stumbling,
 * tripping" (W01.0); a fall down or from something, onto ice or over an object keeps its own entry;</li>
 * <li>"struck his head on the door", "hit knee against wall": "Striking against, object" (W22.8, the "wall" subterm
 * W22.01) — "struck by" is the other main term and is left alone;</li>
 * <li>"rear-ended by another car": a collision with the car ("Accident, transport, car occupant, driver, collision,
 * car", V43.52), read by {@link InjuryReading#transport};</li>
 * <li>"struck by a baseball": "Struck by, ball, baseball" (W21.03), whose kind of ball is a subterm of "ball".</li>
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
    /** A place that makes a vehicle accident a nontraffic one, or traffic stated. */
    private static final Pattern NOT_HIGHWAY = Pattern.compile(
            "\\b(?:traffic|nontraffic|parking lot|driveway|off[- ]road|private road|farm)\\b");
    private static final Pattern BALL = Pattern.compile(
            "\\b(struck|hit)\\s+by\\s+(?:an?\\s+|the\\s+)?(baseball|basketball|football|softball|volleyball|golf ball"
                    + "|soccer ball)\\b");

    private CauseWording() {
    }

    /** The statement with the causes above in the Index to External Causes' words, else unchanged. */
    static String rewrite(String t) {
        if (t.contains(" fell") || t.contains(" fall")) {
            t = SAME_LEVEL.matcher(t).replaceAll("fall on same level from slipping stumbling tripping");
        }
        if (t.contains(" on ") || t.contains("against") || t.contains("into")) {
            t = STRIKING.matcher(t).replaceAll("striking against object ");
        }
        if (t.contains("rear")) {
            // A vehicle accident is a traffic accident unless another place is stated (Chapter 20 definitions,
            // V00-V99: "assumed to have occurred on the public highway unless another place is specified").
            t = REAR_ENDED.matcher(t).replaceAll(NOT_HIGHWAY.matcher(t).find() ? "in collision with car"
                    : "in collision with car in traffic");
        }
        if (t.contains(" by ")) {
            t = BALL.matcher(t).replaceAll("$1 by ball $2");
        }
        return t;
    }
}
