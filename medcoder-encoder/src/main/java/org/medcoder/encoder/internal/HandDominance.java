package org.medcoder.encoder.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dominance of the side a hemiplegia, hemiparesis or monoplegia affects, in the words of the G81-G83 and I69
 * titles ("affecting right dominant side"). The patient's handedness decides when stated ("left-handed",
 * "right-hand dominant"): the affected side is dominant when it is the side of the dominant hand. Otherwise the
 * defaults of Guidelines I.C.6.a and I.C.9.d.1 apply: ambidextrous, dominant; left side, non-dominant; right side,
 * dominant. The handedness words are context only and are taken out whenever a paralysis is stated, so that the
 * "right" of "right-handed" is not read as the affected side.
 *
 * <p>Design notes: only the nouns are read ("left hemiplegia"), never the adjectives of another condition ("left
 * hemiplegic migraine" G43.40-, "hemiplegic cerebral palsy" G80.2); a hand is a handedness only as "handed" or
 * "hand dominant", never a bare "right hand", which is the site of another condition ("laceration of right hand").
 * "Nondominant" is written as one word, as the G81-G83 titles write it: the hyphenated form reads as "not
 * dominant" and does not meet them; the I69 titles' "non-dominant" is met by both.
 */
final class HandDominance {

    /** A paralysis noun, not followed by the condition it would qualify as an adjective. */
    private static final String PARALYSIS = "(hemiparesis|hemiplegia|monoplegia)(?! migraine| cerebral| palsy)\\b";

    /** The limb of a monoplegia written between the side and the noun ("right arm monoplegia"; G83.1-, G83.2-). */
    private static final String LIMB = "(?:(arm|upper limb|upper extremity|leg|lower limb|lower extremity) )?";

    /** A sided paralysis: "right hemiparesis", "left-sided hemiplegia", "right arm monoplegia". */
    private static final Pattern SIDED = Pattern.compile("\\b(right|left)(?:[- ]sided)? " + LIMB + PARALYSIS);

    /** A paralysis with its side after it: "hemiparesis, right side", "hemiplegia of the left side". */
    private static final Pattern SIDE_AFTER = Pattern.compile("\\b" + PARALYSIS
            + "(?:,| of| of the| affecting| affecting the| involving the)? (right|left)(?:[- ]sided| side)\\b");

    /** The patient's handedness, with the words that only carry it ("in a left-handed patient", ", ambidextrous"). */
    private static final Pattern HANDEDNESS = Pattern.compile("(?:^|,\\s*|\\s+(?:in|on) (?:an? )?|\\s+)"
            + "(?:(right|left)[- ](?:handed(?:[- ]dominant)?|hand[- ]dominan(?:t|ce))|(right|left)[- ]dominant(?! side)"
            + "|(ambidextrous))(?: patient| pt| individual| person| male| female| man| woman)?\\b");

    private HandDominance() {
    }

    /**
     * The statement (lower case, expanded) with the dominance written after a sided paralysis that names none, and
     * the handedness words taken out; unchanged when no paralysis is stated or its dominance already is.
     */
    static String rewrite(String t) {
        if (!t.contains("hemip") && !t.contains("monopleg") || t.contains("dominant side")) {
            return t;
        }
        Matcher h = HANDEDNESS.matcher(t);
        String hand = null;
        boolean handStated = h.find();
        String rest = t;
        if (handStated) {
            hand = h.group(1) != null ? h.group(1) : h.group(2) != null ? h.group(2) : "ambidextrous";
            rest = (t.substring(0, h.start()) + " " + t.substring(h.end()).stripLeading()).strip();
        }
        Sided s = Sided.find(rest);
        if (s == null) {
            return handStated && Pattern.compile(PARALYSIS).matcher(rest).find() ? rest : t;
        }
        // Ambidextrous: dominant (I.C.6.a); no handedness: right dominant, left non-dominant (I.C.6.a, I.C.9.d.1).
        boolean dominant = hand == null ? s.side.equals("right") : hand.equals("ambidextrous") || hand.equals(s.side);
        return (rest.substring(0, s.start) + s.kind + s.limb + " affecting " + s.side
                + (dominant ? " dominant" : " nondominant") + " side" + rest.substring(s.end)).strip();
    }

    /** A sided paralysis found in the statement: its span, side, noun and the limb of a monoplegia. */
    private record Sided(int start, int end, String side, String kind, String limb) {

        static Sided find(String t) {
            Matcher m = SIDED.matcher(t);
            if (m.find()) {
                return new Sided(m.start(), m.end(), m.group(1), m.group(3), limb(m.group(2)));
            }
            m = SIDE_AFTER.matcher(t);
            return m.find() ? new Sided(m.start(), m.end(), m.group(2), m.group(1), "") : null;
        }

        /** The limb in the G83 / I69.3- titles' words ("monoplegia of upper limb"). */
        private static String limb(String word) {
            if (word == null) {
                return "";
            }
            return word.equals("arm") || word.startsWith("upper") ? " of upper limb" : " of lower limb";
        }
    }
}
