package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The literals one of which every match of a regular expression contains, read from the expression's source: for
 * {@code \b(?:due to|secondary to)\b} the set {"due to", "secondary to"}; a text holding none of them cannot match,
 * and {@link String#indexOf(String)} tells that much faster than a search that tries the pattern at every position.
 * Derived from the pattern itself, the set cannot drift from it as a hand-kept literal pre-check could.
 *
 * <p>Design: a recursive-descent reading of the pattern syntax the encoder uses (literals, escapes, classes, groups,
 * look-arounds, alternation, quantifiers) into, per node, the finite set of strings it matches when that set is small
 * ({@code exact}) and a set one of which each of its matches contains ({@code required}); a concatenation's set is the
 * best of its runs of exact nodes (their product) and its other nodes' sets, an alternation's the union of its
 * branches'. Anything it does not read (flags, back-references, quoting, unknown escapes) gives no set, so the
 * pattern is always tried: the set can only be missing, never wrong.
 */
final class RequiredLiterals {

    private static final int MAX_SET = 64;

    /** Thrown for syntax this reader does not read: the pattern then gets no literal set. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** What a node matches: its exact strings (null: too many or unknown), a required set (null: none known). */
    private record Info(Set<String> exact, Set<String> required) {
        static final Info ZERO = new Info(Set.of(""), null);
        static final Info ANY = new Info(null, null);

        static Info literal(char c) {
            Set<String> one = Set.of(String.valueOf(c));
            return new Info(one, one);
        }

        /** The better of the exact and the required set as a required set, or null. */
        Set<String> best() {
            return better(usable(exact) ? exact : null, required);
        }
    }

    private final String re;
    private int pos;
    /** Nesting depth of groups; the sets the top-level concatenation needs are all kept ({@link #topSets}). */
    private int depth;
    private final List<Set<String>> topSets = new ArrayList<>();

    private RequiredLiterals(String re) {
        this.re = re;
    }

    /**
     * The literals one of which every match of the pattern contains, none containing another; empty when none are
     * known (the pattern must then always be tried).
     */
    static List<String> of(Pattern pattern) {
        List<List<String>> all = allOf(pattern);
        return all.isEmpty() ? List.of() : all.get(0);
    }

    /**
     * Up to two sets of literals, the most selective first, such that every match of the pattern contains one literal
     * of each set ("history\\s+of\\s+(tuberculosis|malaria)": "history" and one of the diseases); empty when none are
     * known.
     */
    static List<List<String>> allOf(Pattern pattern) {
        if (pattern.flags() != 0) {
            return List.of();
        }
        try {
            RequiredLiterals r = new RequiredLiterals(pattern.pattern());
            Info info = r.alternation();
            if (r.pos != r.re.length()) {
                return List.of();
            }
            Set<String> best = info.best();
            if (best == null) {
                return List.of();
            }
            List<List<String>> out = new ArrayList<>(List.of(minimal(best)));
            for (Set<String> other : r.topSets) {
                if (out.size() < 2 && usable(other) && !other.equals(best)) {
                    out.add(minimal(other));
                }
            }
            return List.copyOf(out);
        } catch (Unsupported | IndexOutOfBoundsException e) {
            return List.of();
        }
    }

    /** The literals without those that contain another (a text holding the longer one holds the shorter). */
    private static List<String> minimal(Set<String> set) {
        List<String> out = new ArrayList<>();
        for (String s : set) {
            boolean covered = false;
            for (String o : set) {
                covered |= !o.equals(s) && s.contains(o);
            }
            if (!covered) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    private static boolean usable(Set<String> set) {
        return set != null && !set.contains("");
    }

    /** The set that rules out more texts: the longer shortest literal, then the fewer literals. */
    private static Set<String> better(Set<String> a, Set<String> b) {
        if (!usable(a)) {
            return usable(b) ? b : null;
        }
        if (!usable(b)) {
            return a;
        }
        int la = shortest(a);
        int lb = shortest(b);
        return la != lb ? (la > lb ? a : b) : (a.size() <= b.size() ? a : b);
    }

    private static int shortest(Set<String> set) {
        int min = Integer.MAX_VALUE;
        for (String s : set) {
            min = Math.min(min, s.length());
        }
        return min;
    }

    private Info alternation() {
        List<Info> branches = new ArrayList<>();
        branches.add(concatenation());
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            branches.add(concatenation());
        }
        if (branches.size() == 1) {
            return branches.get(0);
        }
        Set<String> exact = new TreeSet<>();
        Set<String> required = new TreeSet<>();
        for (Info b : branches) {
            exact = exact == null || b.exact == null ? null : union(exact, b.exact);
            Set<String> best = b.best();
            required = required == null || best == null ? null : union(required, best);
        }
        return new Info(exact, required);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new TreeSet<>(a);
        u.addAll(b);
        return u.size() > MAX_SET ? null : u;
    }

    private static Set<String> product(Set<String> a, Set<String> b) {
        if (a == null || b == null || (long) a.size() * b.size() > MAX_SET) {
            return null;
        }
        Set<String> p = new TreeSet<>();
        for (String x : a) {
            for (String y : b) {
                p.add(x + y);
            }
        }
        return p;
    }

    private Info concatenation() {
        boolean top = depth == 0 && pos == 0;
        List<Info> items = new ArrayList<>();
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            items.add(quantified(atom()));
        }
        if (top && pos == re.length()) {
            topSets.clear(); // the pattern is this one concatenation: each of its candidates is needed
        } else {
            top = false;
        }
        Set<String> exact = Set.of("");
        List<Set<String>> candidates = new ArrayList<>();
        Set<String> run = Set.of("");
        for (Info item : items) {
            exact = product(exact, item.exact);
            candidates.add(item.required);
            Set<String> longer = product(run, item.exact);
            if (longer == null) {
                // The run ends here (an inexact node, or too many strings): its product is one candidate.
                candidates.add(run);
                longer = item.exact == null ? Set.of("") : item.exact;
            }
            run = longer;
        }
        candidates.add(run);
        candidates.add(usable(exact) ? exact : null);
        Set<String> required = null;
        for (Set<String> c : candidates) {
            required = better(required, c);
            if (top && usable(c)) {
                topSets.add(c);
            }
        }
        if (top) {
            topSets.sort(java.util.Comparator.comparingInt((Set<String> c) -> -shortest(c)).thenComparingInt(Set::size));
        }
        return new Info(exact, required);
    }

    private Info quantified(Info atom) {
        if (pos >= re.length()) {
            return atom;
        }
        char c = re.charAt(pos);
        int min;
        int max;
        if (c == '?' || c == '*' || c == '+') {
            pos++;
            min = c == '+' ? 1 : 0;
            max = c == '?' ? 1 : Integer.MAX_VALUE;
        } else if (c == '{') {
            int close = re.indexOf('}', pos);
            String[] bounds = re.substring(pos + 1, close).split(",", -1);
            if (bounds.length > 2 || !bounds[0].matches("\\d+") || bounds.length == 2 && !bounds[1].matches("\\d*")) {
                throw new Unsupported();
            }
            min = Integer.parseInt(bounds[0]);
            max = bounds.length == 1 ? min : bounds[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1]);
            pos = close + 1;
        } else {
            return atom;
        }
        if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
            pos++; // lazy or possessive: the same strings can match
        }
        if (max == 0) {
            return Info.ZERO;
        }
        Set<String> exact = null;
        if (atom.exact != null && max <= 3) {
            exact = new TreeSet<>();
            Set<String> power = Set.of("");
            for (int k = 0; k <= max && exact != null; k++) {
                exact = k >= min ? union(exact, power) : exact;
                power = product(power, atom.exact);
                exact = power == null && k < max ? null : exact;
            }
        }
        return new Info(exact, min >= 1 ? atom.best() : null);
    }

    private Info atom() {
        char c = re.charAt(pos++);
        switch (c) {
            case '(':
                return group();
            case '[':
                skipClass();
                return Info.ANY;
            case '.':
                return Info.ANY;
            case '^':
            case '$':
                return Info.ZERO;
            case '\\':
                return escape();
            case '*':
            case '+':
            case '?':
            case '{':
            case ')':
            case '|':
                throw new Unsupported();
            default:
                if (Character.isSurrogate(c)) {
                    throw new Unsupported(); // a quantifier after a pair would apply to the whole code point
                }
                return Info.literal(c);
        }
    }

    private Info group() {
        depth++;
        boolean zeroWidth = false;
        if (re.charAt(pos) == '?') {
            String head = re.substring(pos, Math.min(re.length(), pos + 3));
            if (head.startsWith("?:") || head.startsWith("?>")) {
                pos += 2;
            } else if (head.startsWith("?=") || head.startsWith("?!")) {
                pos += 2;
                zeroWidth = true;
            } else if (head.equals("?<=") || head.equals("?<!")) {
                pos += 3;
                zeroWidth = true;
            } else if (head.startsWith("?<") && head.length() == 3 && Character.isLetter(head.charAt(2))) {
                pos = re.indexOf('>', pos) + 1; // a named group
            } else {
                throw new Unsupported(); // inline flags and the like
            }
        }
        Info inner = alternation();
        if (re.charAt(pos++) != ')') {
            throw new Unsupported();
        }
        depth--;
        return zeroWidth ? Info.ZERO : inner;
    }

    private Info escape() {
        char e = re.charAt(pos++);
        if ("bBAzZG".indexOf(e) >= 0) {
            return Info.ZERO;
        }
        if ("dDsSwWhHvV".indexOf(e) >= 0) {
            return Info.ANY;
        }
        int control = "tnrfae".indexOf(e);
        if (control >= 0) {
            return Info.literal("\t\n\r\f\u0007\u001B".charAt(control));
        }
        if (Character.isLetterOrDigit(e) || e > 127) {
            throw new Unsupported(); // properties, hex and octal escapes, quoting, back-references
        }
        return Info.literal(e);
    }

    /** Moves past a character class (nested classes and escapes included); it matches one unknown character. */
    private void skipClass() {
        if (re.charAt(pos) == '^') {
            pos++;
        }
        if (re.charAt(pos) == ']') {
            throw new Unsupported();
        }
        int depth = 1;
        while (depth > 0) {
            char c = re.charAt(pos++);
            if (c == '\\') {
                char e = re.charAt(pos++);
                if (e == 'Q' || e == 'p' || e == 'P' || e == 'x' || e == 'u') {
                    throw new Unsupported();
                }
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
        }
    }
}
