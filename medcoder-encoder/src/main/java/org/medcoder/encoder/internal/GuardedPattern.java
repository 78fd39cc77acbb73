package org.medcoder.encoder.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled pattern with the literals one of which each of its matches contains ({@link RequiredLiterals}): a
 * text holding none of them is known not to match without a search, which on the hot path is most texts (a regex
 * search tries the pattern, look-arounds and word boundaries first, at every position of the text).
 */
final class GuardedPattern {

    private final Pattern pattern;
    /** Sets of literals: a match holds one literal of each set. */
    private final String[][] literals;

    private GuardedPattern(Pattern pattern) {
        this.pattern = pattern;
        this.literals = RequiredLiterals.allOf(pattern).stream().map(l -> l.toArray(String[]::new))
                .toArray(String[][]::new);
    }

    /** Compiles the expression (no flags) with its literals. */
    static GuardedPattern compile(String regex) {
        return new GuardedPattern(Pattern.compile(regex));
    }

    /** The pattern itself. */
    Pattern pattern() {
        return pattern;
    }

    /** False only when no part of the text can match: it lacks every literal of a set (true when none are known). */
    boolean mayMatch(String text) {
        for (String[] set : literals) {
            if (!holdsOne(text, set)) {
                return false;
            }
        }
        return true;
    }

    private static boolean holdsOne(String text, String[] set) {
        for (String l : set) {
            if (text.contains(l)) {
                return true;
            }
        }
        return false;
    }

    /** A matcher of the text. */
    Matcher matcher(CharSequence text) {
        return pattern.matcher(text);
    }

    /** Whether some part of the text matches. */
    boolean find(String text) {
        return mayMatch(text) && pattern.matcher(text).find();
    }

    /** {@link Matcher#replaceFirst(String)} of the text; the text itself when it cannot match. */
    String replaceFirst(String text, String replacement) {
        return mayMatch(text) ? pattern.matcher(text).replaceFirst(replacement) : text;
    }

    /** {@link Matcher#replaceAll(String)} of the text; the text itself when it cannot match. */
    String replaceAll(String text, String replacement) {
        return mayMatch(text) ? pattern.matcher(text).replaceAll(replacement) : text;
    }
}
