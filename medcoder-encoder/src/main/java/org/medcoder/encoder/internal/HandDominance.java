package org.medcoder.encoder.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dominance of the side a hemiplegia, hemiparesis or monoplegia affects, in the words of the G81-G83 and I69
 * titles ("affecting right dominant side"). The patient's handedness decides when stated ("left-handed",
 * "right-hand dominant"): the affected side is dominant when it is the side of the dominant hand. Otherwise the
 * defaults of Guidelines I.C.6.a and I.C.9.d.1 apply: ambidextrous, dominant; left side, non-dominant; right side,
 * dominant. The handedness words are context only and are taken out, so that the "right" of "right-handed" is not
 * read as the affected side. "Nondominant" is written as one word, as the G81-G83 titles write it ("... affecting
 * left nondominant side"): the hyphenated form reads as "not dominant" and does not meet them; the I69 titles'
 * "non-dominant" is met by both.
 */
final class HandDominance {

    /** A sided paralysis: "right hemiparesis", "left-sided hemiplegia", "right monoplegia". */
    private static final Pattern SIDED = Pattern.compile("\\b(right|left)(?:[- ]sided)? (hemipar|hemipleg|monopleg)"
            + "[a-z]*");

    /** The patient's handedness, with the words that only carry it ("in a left-handed patient", ", ambidextrous"). */
    private static final Pattern HANDEDNESS = Pattern.compile("(?:^|,\\s*|\\s+(?:in|on) (?:an? )?|\\s+)"
            + "(?:(right|left)[- ]hand(?:ed)?(?:[- ]dominant)?|(right|left)[- ]dominant(?! side)|(ambidextrous))"
            + "(?: patient| pt| individual| person| male| female| man| woman)?\\b");

    private HandDominance() {
    }

    /**
     * The statement (lower case, expanded) with the dominance written after a sided paralysis that names none, and
     * the handedness words taken out; unchanged when no sided paralysis is stated or its dominance already is.
     */
    static String rewrite(String t) {
        if (!t.contains("hemip") && !t.contains("monopleg") || t.contains("dominant side")) {
            return t;
        }
        Matcher m = SIDED.matcher(t);
        if (!m.find()) {
            return t;
        }
        String side = m.group(1);
        Matcher h = HANDEDNESS.matcher(t);
        boolean dominant = side.equals("right");
        String rest = t;
        if (h.find()) {
            String hand = h.group(1) != null ? h.group(1) : h.group(2);
            dominant = hand == null || hand.equals(side); // ambidextrous: dominant (I.C.6.a)
            rest = h.start() > m.start() ? t.substring(0, h.start()) + t.substring(h.end())
                    : t.substring(0, h.start()) + " " + t.substring(h.end()).stripLeading();
            m = SIDED.matcher(rest);
            if (!m.find()) {
                return t;
            }
        }
        String kind = m.group(2).equals("monopleg") ? "monoplegia" : m.group(2).equals("hemipar") ? "hemiparesis"
                : "hemiplegia";
        return (rest.substring(0, m.start()) + kind + " affecting " + side + (dominant ? " dominant" : " nondominant")
                + " side" + rest.substring(m.end())).strip();
    }
}
