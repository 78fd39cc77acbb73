package org.medcoder.encoder.internal;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.medcoder.codesets.AlphabeticIndex;

/**
 * The Index to External Causes (Guideline I.C.20): how an injury happened ("fall from ladder" W11, "struck by
 * ball" W21.00). External cause codes are secondary codes: they follow the injury they explain, with the same
 * 7th character (I.C.20.a.1, I.C.20.a.2), and are never added to a poisoning, adverse effect or underdosing,
 * whose T36-T65 code already says how it happened (I.C.19.e.5). The activity (Y93), place (Y92) and status
 * (Y99) follow, when the statement documents them, at the initial encounter (I.C.20.b-k; {@link EventSetting}).
 */
final class ExternalCauses {

    /** Hot drinks by name: the External Cause index says "Contact, with, hot, drinks" (X10.0). */
    private static final java.util.regex.Pattern DRINKS = java.util.regex.Pattern.compile(
            "\\b(coffee|tea|cocoa|hot chocolate)\\b");

    /** What the person was doing: the words after "while", "during" or "playing", to the end of the clause. */
    private static final java.util.regex.Pattern DOING = java.util.regex.Pattern.compile(
            "\\b(?:while|during|playing)\\s+([^,;.()]+)");

    /** The separators of the activities an "Activity" subterm lists. */
    private static final java.util.regex.Pattern LISTED = java.util.regex.Pattern.compile(",\\s*|\\s+and\\s+");

    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("[^a-z0-9]+");

    /** The stems of the words "contact with" added to a statement, stemmed once. */
    private static final String CONTACT = Words.stem("contact");
    private static final String WITH = Words.stem("with");

    private final IndexGraph index;
    private final Navigator navigator;
    private final Vocabulary vocabulary;
    /** The Table of Neoplasms, whose main terms are the body's sites ("spine, spinal (column)", "neck"). */
    private final IndexGraph sites;
    private final InjuryCauses injuryCauses;
    /** "Activity (involving) (of victim at time of event)" (Y93.9), or null when the index lacks it. */
    private final Node activity;
    private final EventSetting setting;
    private final TransportAccidents transport;

    ExternalCauses(AlphabeticIndex externalCauseIndex, Vocabulary vocabulary, IndexGraph sites,
            java.util.List<String> skinObjects) {
        this.vocabulary = vocabulary;
        this.sites = sites;
        this.index = new IndexGraph(externalCauseIndex, vocabulary, true);
        this.navigator = Navigator.externalCauses(index);
        this.injuryCauses = new InjuryCauses(index, vocabulary, skinObjects);
        Node doing = null;
        for (Node main : index.mainTerms) {
            doing = main.term.title().startsWith("Activity") ? main : doing;
        }
        this.activity = doing;
        this.setting = new EventSetting(index, navigator, vocabulary);
        this.transport = new TransportAccidents(index, navigator, vocabulary);
    }

    /** The place (Y92) and status (Y99) the statement documents, after {@code causes} ({@link EventSetting}). */
    java.util.List<Navigator.Walk> setting(Statement s, String injuryCode, java.util.List<String> causes) {
        return setting.of(s.expanded, injuryCode, causes);
    }

    /**
     * How the injury {@code code} happened: the cause {@link #named} names, else the External Cause index path for the
     * statement words in {@code words} ({@link #find}), or null (I.C.20.a).
     */
    Navigator.Walk how(String code, String title, Statement s, long words) {
        Navigator.Walk named = named(code, title, s);
        return named != null || words == 0 ? named : find(s, words);
    }

    /**
     * The cause a foreign body (T15-T19: the object, W44.-), confirmed maltreatment (T74.-: the perpetrator, Y07.-)
     * or a wound with a foreign body or a puncture wound (the object entering through skin, W45.-) names under a main term the statement does not use, or
     * null ({@link InjuryCauses}; I.C.20, I.C.19.f).
     */
    private Navigator.Walk named(String code, String title, Statement s) {
        return InjuryCauses.orificeInjury(code) ? injuryCauses.object(s)
                : InjuryCauses.maltreatment(code) ? injuryCauses.perpetrator(s)
                : title.contains(" with foreign body") || title.regionMatches(true, 0, "puncture wound", 0, 14)
                ? injuryCauses.throughSkin(s, title) : null;
    }

    /**
     * The best External Cause index path for the statement words in {@code words} (a mask over the statement),
     * or null when none leads to a code or none uses one of those words.
     */
    Navigator.Walk find(Statement s, long words) {
        Navigator.Walk best = null;
        Set<Node> tried = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < s.ids.length; i++) {
            if ((words & (1L << i)) == 0) {
                continue;
            }
            for (Node main : index.mainTermsWith(s.ids[i])) {
                long m = s.match(main);
                if (m < 0 || !tried.add(main) || (m & words) == 0) {
                    continue;
                }
                Navigator.Walk w = navigator.from(main, m, s.optional(main), s);
                if (w.coded() != null && (best == null || w.rank(s) > best.rank(s)
                        || w.rank(s) == best.rank(s) && w.depth() < best.depth())) {
                    best = w;
                }
            }
        }
        // A victim's vehicle named before the collision: the "Accident, transport" axes in the statement's order.
        // It replaces another reading of "Accident" or "Collision" (the same entries read as a bag of words), and any
        // other path that accounts for less of the statement ("fall from non-moving wheelchair" stays W05.0).
        Navigator.Walk vehicle = transport.read(s);
        return vehicle == null || (vehicle.covered() & words) == 0
                || best != null && !TransportAccidents.vehicular(best) && best.rank(s) >= vehicle.rank(s) ? best : vehicle;
    }

    /**
     * The cause an injury statement states when its words were all used by the injury's index path ("dog bite of
     * left calf": "Bite, dog" is the injury and, in the Index to External Causes, W54.0) or name the object only
     * ("cut with a kitchen knife", "from hot coffee"): the statement is looked up again with "contact with" (the
     * External Cause index files objects under "Contact, with, ...") and hot drinks named as drinks. The path must
     * use at least two of the statement's own words, so that a single body or injury word never makes a cause.
     * Returns the walk, or null.
     */
    Navigator.Walk stated(Statement s, String injuryTitle, long unexplained) {
        String text = s.expanded;
        if (text.contains("contact") || injuryTitle.isEmpty()) {
            return null;
        }
        java.util.List<String> title = CodeKinds.titleStems(injuryTitle);
        // A cause after a negated detail ("without foreign body from kitchen knife") is no longer negated.
        String drinks = DRINKS.matcher(text).replaceAll("$1 drink");
        String rewritten = drinks.replace(" from ", ", from ") + ", contact with";
        Statement r = Statement.analyse(rewritten, vocabulary);
        long all = r.size() == 64 ? -1L : (1L << r.size()) - 1;
        // The words the injury left unexplained first, alone ("from kitchen knife": Contact, with, knife), so that
        // the injury's own words ("Laceration NEC, see Injury"; "Contact, with, hand") do not lead; then all words
        // ("dog bite": Bite, dog).
        StringBuilder fresh = new StringBuilder();
        for (String token : TOKEN.split(drinks)) {
            String stem = Words.stem(token);
            int id = token.isEmpty() ? -1 : vocabulary.lookup(stem);
            // A word of the injury's title is the injury's ("without damage to nail" is no "Contact, with, nail").
            // A body site is where the injury is, not how it happened: "cervical spine fracture" states no
            // "Contact, with, plant thorns, spines" (I.C.20: a cause code only for a stated cause).
            boolean injurys = title.contains(stem) || id >= 0 && site(id);
            if (id >= 0 && (s.bit(id) & unexplained) != 0 && !injurys || token.equals("drink")) {
                fresh.append(token).append(' ');
            }
        }
        Navigator.Walk w = null;
        if (fresh.length() > 0) {
            Statement f = Statement.analyse(fresh + ", contact with", vocabulary);
            w = find(f, f.size() == 64 ? -1L : (1L << f.size()) - 1);
            if (w != null && w.coded() != null && (w.covered() & own(f, s)) != 0) {
                return w;
            }
        }
        w = find(r, all);
        long used = w == null ? 0 : w.covered() & own(r, s);
        // An object filed under "Contact, with" ("knife" W26.0) is one word; otherwise two are needed.
        int needed = w != null && (w.covered() & r.bit(vocabulary.lookup(CONTACT))) != 0 ? 1 : 2;
        if (Long.bitCount(used) < needed || titleSays(r, used, title) && !bite(w)) {
            return null;
        }
        return w;
    }

    /**
     * Whether the walk starts at "Bite, bitten by": the injury code says the wound is a bite ("Insect bite
     * (nonvenomous) of left forearm"), the cause code what bit (W57 insect, W54.0 dog), which I.C.20.a.3 asks for
     * ("use the full range of external cause codes to completely describe the cause").
     */
    private static boolean bite(Navigator.Walk w) {
        return w.last() != null && w.steps().get(0).node().term.title().regionMatches(true, 0, "bite", 0, 4);
    }

    /**
     * The activity of the injured person at the time of the event, stated after "while", "during" or "playing" ("sprain
     * of right ankle while playing basketball", "knee sprain playing soccer": "Activity, basketball" Y93.67), at the
     * initial encounter only (I.C.20.c: an activity code is used once, at the initial encounter; 7th character A, B
     * or C), or null. The walk must name an
     * activity below the main term: "Activity" alone (Y93.9) says nothing the record states.
     */
    Navigator.Walk activity(Statement s, String injuryCode) {
        // Only a clause of the event: "stopped playing football years ago", "enjoys playing piano" are no activity
        // at the time of the event (I.C.20.c).
        String t = EventSetting.eventClauses(s.expanded);
        int c = injuryCode.length() == 7 ? injuryCode.charAt(6) : 'X';
        if (activity == null || c < 'A' || c > 'C'
                || !t.contains("while ") && !t.contains("during ") && !t.contains("playing ")) {
            return null;
        }
        java.util.regex.Matcher m = DOING.matcher(t);
        if (!m.find()) {
            return null;
        }
        Statement f = Statement.analyse("activity " + m.group(1), vocabulary);
        long main = f.match(activity);
        if (main < 0) {
            return null;
        }
        Navigator.Walk w = navigator.from(activity, main, f.optional(activity), f);
        return w.coded() == null || w.coded() == activity || (w.required() & ~main) == 0 ? listed(f, main) : w;
    }

    /**
     * The activity subterm one of whose listed activities the statement names in full ("cooking and baking" lists
     * cooking and baking: "while cooking" is Y93.G3; "walking, marching and hiking"), or null.
     */
    private Navigator.Walk listed(Statement f, long main) {
        Node best = null;
        long bestMask = 0;
        for (Node c : activity.children) {
            if (c.code().isEmpty()) {
                continue;
            }
            for (String alternative : LISTED.split(Lower.of(c.term.title()))) {
                long mask = 0;
                for (String stem : Words.stems(alternative)) {
                    int id = vocabulary.lookup(stem);
                    mask = mask < 0 || id < 0 || !f.has(stem) ? -1 : mask | f.bit(id);
                }
                if (mask > 0 && Long.bitCount(mask) > Long.bitCount(bestMask)) {
                    best = c;
                    bestMask = mask;
                }
            }
        }
        return best == null ? null : new Navigator.Walk(main | bestMask, 0,
                new Navigator.Step(best, new Navigator.Step(activity, null, ""), ""), 1);
    }

    /** Whether the word names a site row of the Table of Neoplasms (a subterm of its main row; one map look-up). */
    private boolean site(int id) {
        for (Node main : sites.mainTerms) {
            if (main.childrenByWord != null ? main.childrenByWord.get(id) != null : hasWord(main.children, id)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of a few subterms (a small table without a word map) has the word. */
    private static boolean hasWord(Node[] children, int id) {
        for (Node c : children) {
            for (int w : c.words) {
                if (w == id) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the injury code's title (its stems) already says every word of the cause ("Insect bite (nonvenomous) of left
     * forearm" says "insect bite"; "Open bite of right forearm" does not say "dog"): the cause code would add nothing.
     */
    private static boolean titleSays(Statement r, long used, java.util.List<String> title) {
        for (int i = 0; i < r.stems.length; i++) {
            if ((used & (1L << i)) != 0 && !title.contains(r.stems[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The words of {@code r} that are the statement's own (not the "contact with" added) and no body site (a site
     * is where the injury is, not its cause: I.C.20).
     */
    private long own(Statement r, Statement s) {
        long mask = 0;
        for (int i = 0; i < r.stems.length; i++) {
            if (s.has(r.stems[i]) && !r.stems[i].equals(WITH) && !(r.ids[i] >= 0 && site(r.ids[i]))) {
                mask |= 1L << i;
            }
        }
        return mask;
    }

    /** Whether the code is an injury that an external cause code may follow (S00-T34, T66-T78; I.C.20). */
    static boolean injury(String code) {
        char l = code.charAt(0);
        if (l == 'S') {
            return true;
        }
        return l == 'T' && (code.compareTo("T35") < 0 || code.compareTo("T66") >= 0 && code.compareTo("T79") < 0);
    }

    /**
     * Whether the injury {@code primary} is a corrosion whose toxic agent (T51-T65, its "code first") is coded in
     * {@code codes}: the agent's code already says how it happened and with what intent, so the corrosion needs no
     * external cause code (I.C.20.a.8). Any other injury keeps its cause, whatever else the list holds.
     */
    static boolean toldBy(java.util.List<org.medcoder.encoder.EncodedCode> codes, org.medcoder.encoder.EncodedCode primary) {
        return Lower.of(primary.title()).contains("corrosion") && codes.stream().map(c -> c.code().value())
                .anyMatch(v -> v.compareTo("T51") >= 0 && v.compareTo("T66") < 0);
    }

    /** Whether the code is an external cause code (V00-Y99, chapter 20). */
    static boolean cause(String code) {
        char l = code.charAt(0);
        return l == 'V' || l == 'W' || l == 'X' || l == 'Y';
    }
}
