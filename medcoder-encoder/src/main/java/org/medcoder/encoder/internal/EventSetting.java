package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the injured person was and their status when the injury happened: "Place of occurrence" (Y92) and "External
 * cause status" (Y99) of the Index to External Causes. Both follow the cause and activity codes (I.C.20.d), only at
 * the initial encounter (I.C.20.b, I.C.20.k), only when another external cause code is reported (I.C.20.k; Y92 is
 * "for use after other external cause codes", I.C.20.b), and only when documented: never Y92.9 or Y99.9.
 *
 * <p>Place and status are read only from the clauses that describe the event: a clause that is negated ("not at
 * work", "denies ..."), or that describes where the person lives or who the person is or was ("lives in a nursing
 * home", "military veteran", "retired from the military") says nothing about the place or the activity at the time
 * of the event (I.C.20.b: the place "where the event occurred"; I.C.20.k: the status "at the time the event
 * occurred"). A place is read from "at" or "in" and the words after it to the end of the clause ("fell down the
 * stairs at home", "in her apartment"), looked up below "Place of occurrence"; after "on" only a street, road or
 * sidewalk is read ("slipped on ice on the sidewalk": Y92.480; "on a wet kitchen floor" names a surface, not a
 * place). In a transport accident (a V code among the causes) a street or highway after "on" is not coded: "on the
 * highway" is what makes the accident a traffic one (Transport accidents V00-V99, definition (c): a traffic
 * accident is any vehicle accident occurring on the public highway), an axis the V code already carries; a place
 * code is "generally" added (I.C.20.b) and is left out where it says nothing the V code does not.
 * A status is read from the words that say it ("at work", "during military training", "volunteer",
 * "recreational" but not "recreational vehicle") and coded from the subterm of "External cause status" those
 * words stand for.
 */
final class EventSetting {

    private static final Pattern PLACE = Pattern.compile("(?=[aio])\\b(at|in|on)\\s+(?:(?:the|a|an|his|her|their|my|our)\\s+)?"
            + "([a-z][a-z' -]*?)\\s*(?=[,;.()]|$|(?=[wdafbis])\\b(?:while|during|when|after|with|from|by|initial"
            + "|subsequent)\\b)");

    /**
     * Status wording, each with the first words of the "External cause status" subterm it stands for. The leading
     * look-aheads here, in {@link #PLACE} and in {@link #BACKGROUND} name the first letters a match can start with (hot path: the search
     * skips every other position without the costly word-boundary check); they match exactly what the rest matches.
     */
    private static final Pattern[] STATUS_WORDS = {
        Pattern.compile("(?=[aow])\\b(?:at work|on the job|work[- ]related|while working)\\b"),
        Pattern.compile("(?=o)\\boff[- ]duty\\b"),
        Pattern.compile("(?=m)\\bmilitary\\s+(?:duty|training|exercises?|operations?|deployment|activity|service)\\b"),
        Pattern.compile("(?=v)\\bvolunteer(?:ing)?\\b"),
        Pattern.compile("(?=[rlh])\\b(?:recreational(?:ly)?(?!\\s+vehicle)|leisure|hobby)\\b"),
    };
    /**
     * A clause that is not the event's: negated, or describing the person's home, past or background rather than
     * the event ("lives in", "veteran", "retired", "years ago", "enjoys", "history of").
     */
    private static final Pattern BACKGROUND = Pattern.compile("(?=[ndwlrvfyusqeh])\\b(?:no|not|denies|denied|without|never|negative"
            + "|lives?|living|resides?|residing|resident|veteran|retired|former(?:ly)?|years ago|used to|stopped|quit"
            + "|no longer|enjoys|likes|loves|history of)\\b");

    private static final Pattern CLAUSE = Pattern.compile("[,;.]");

    private static final String[] STATUS_TERMS = {"civilian activity done for income", "off-duty activity",
        "military activity", "volunteer activity", "leisure activity"};

    private final Node place;
    private final Node status;
    private final Navigator navigator;
    private final Vocabulary vocabulary;

    EventSetting(IndexGraph externalCauseIndex, Navigator navigator, Vocabulary vocabulary) {
        Node p = null;
        Node st = null;
        for (Node main : externalCauseIndex.mainTerms) {
            String t = main.term.title();
            p = t.startsWith("Place of occurrence") ? main : p;
            st = t.startsWith("External cause status") ? main : st;
        }
        this.place = p;
        this.status = st;
        this.navigator = navigator;
        this.vocabulary = vocabulary;
    }

    /**
     * The place and status walks for an injury coded {@code injuryCode} whose other external cause codes are
     * {@code causes} (dotless), in reporting order (I.C.20.d); empty when none applies.
     */
    List<Navigator.Walk> of(String expanded, String injuryCode, List<String> causes) {
        List<Navigator.Walk> out = new ArrayList<>();
        if (causes.isEmpty() || injuryCode.length() != 7 || injuryCode.charAt(6) != 'A') {
            return out;
        }
        String event = eventClauses(expanded);
        if (place != null) {
            boolean transport = causes.stream().anyMatch(c -> c.startsWith("V"));
            Navigator.Walk w = place(event, transport);
            if (w != null) {
                out.add(w);
            }
        }
        Navigator.Walk w = status == null ? null : status(event);
        if (w != null) {
            out.add(w);
        }
        return out;
    }

    /**
     * The statement's clauses that may describe the event ({@link #event}), joined by commas.
     */
    static String eventClauses(String expanded) {
        StringBuilder out = new StringBuilder();
        for (String clause : CLAUSE.split(expanded)) {
            if (event(clause)) {
                out.append(clause).append(',');
            }
        }
        return out.toString();
    }

    /**
     * Whether a clause may describe the event: it is neither negated nor a description of the person's home, past
     * or pastimes (I.C.20.b, I.C.20.c, I.C.20.k: the place, activity and status at the time of the event).
     */
    static boolean event(String clause) {
        return !BACKGROUND.matcher(clause).find();
    }

    private Navigator.Walk place(String expanded, boolean transport) {
        Matcher m = PLACE.matcher(expanded);
        // Each "at", "in" or "on" is tried, also one inside a span that led to no place ("on a circular saw at home").
        for (int from = 0; from < expanded.length() && m.find(from); from = m.end(1)) {
            Statement f = Statement.analyse("place of occurrence " + m.group(2), vocabulary);
            long main = f.match(place);
            if (main < 0) {
                continue;
            }
            Navigator.Walk w = navigator.from(place, main, f.optional(place), f);
            // The walk must use every word of the place ("in right ear canal" is no "canal" Y92.89) and not stop
            // at "Place of occurrence" alone (Y92.9), which says nothing (I.C.20.b).
            long words = (f.size() == 64 ? -1L : (1L << f.size()) - 1) & ~main;
            // After "on" only a street, road or sidewalk (Y92.4-) is a place the event happened on (I.C.20.b). In a
            // transport accident a street or highway (Y92.41-) is left out: the V code's traffic axis already says
            // the event happened on the public highway (V00-V99 definition (c) of a traffic accident); a sidewalk
            // or parking lot (Y92.48-) is not the public highway and is kept.
            String at = w.coded() == null ? "" : w.coded().code().replace(".", "");
            boolean on = m.group(1).equals("on");
            if (w.coded() != null && w.coded() != place && words != 0 && (words & ~w.covered()) == 0
                    && (!on || at.startsWith("Y924") && !(transport && at.startsWith("Y9241")))) {
                return w;
            }
        }
        return null;
    }

    private Navigator.Walk status(String expanded) {
        for (int i = 0; i < STATUS_WORDS.length; i++) {
            if (!STATUS_WORDS[i].matcher(expanded).find()) {
                continue;
            }
            for (Node c : status.children) {
                if (!c.code().isEmpty() && Lower.of(c.term.title()).startsWith(STATUS_TERMS[i])) {
                    return new Navigator.Walk(0, 0, new Navigator.Step(c, new Navigator.Step(status, null, ""), ""), 1);
                }
            }
        }
        return null;
    }

    /**
     * The guideline section of an external cause code: place of occurrence (Y92) I.C.20.b, activity (Y93) I.C.20.c,
     * external cause status (Y99) I.C.20.k, any other cause I.C.20.a.
     */
    static String section(String code) {
        return code.startsWith("Y92") ? "I.C.20.b" : code.startsWith("Y93") ? "I.C.20.c"
                : code.startsWith("Y99") ? "I.C.20.k" : "I.C.20.a";
    }

    /**
     * Puts the place, activity and status codes in that order (Y92, Y93, Y99: "the place of occurrence, the activity
     * ..., and the person's status", I.C.20, I.C.20.a.3), after the causes, where they already are.
     */
    static void order(List<org.medcoder.encoder.EncodedCode> all) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String v = all.get(i).code().value();
            if (v.startsWith("Y92") || v.startsWith("Y93") || v.startsWith("Y99")) {
                at.add(i);
            }
        }
        List<org.medcoder.encoder.EncodedCode> setting = new ArrayList<>(at.stream().map(all::get).toList());
        setting.sort(java.util.Comparator.comparing(c -> c.code().value()));
        for (int i = 0; i < at.size(); i++) {
            all.set(at.get(i), setting.get(i));
        }
    }
}
