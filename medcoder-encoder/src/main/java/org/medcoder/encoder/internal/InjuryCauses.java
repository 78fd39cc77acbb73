package org.medcoder.encoder.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * External cause codes that the Index to External Causes files under a subterm of a main term the statement does
 * not name, read from the injury the statement codes:
 * <ul>
 * <li>a foreign body in an orifice (T15-T19) is "Foreign body, entering through, natural orifice" and the object the
 * statement names ("button battery" W44.A1, "plastic bead" W44.B1; the W44 subcategories by object are FY2023
 * codes). Guideline I.C.20: an external cause code is reported when the record documents the cause, so only an
 * object the statement names gives one ("foreign body in left ear" gets none);</li>
 * <li>confirmed abuse or neglect (T74.-) by a named person is "Perpetrator, ..., by, mother" (Y07.-): Guideline
 * I.C.19.f, "a perpetrator code (Y07) should be added when the perpetrator of the abuse is known"; not for
 * suspected abuse (T76.-), for which the same section says no external cause or perpetrator code.</li>
 * </ul>
 * Both run only for statements whose first code is of those categories (a prefix test), so other statements pay
 * nothing.
 */
final class InjuryCauses {

    /** Words that say how the object got there or where it is, not what it is. */
    private static final Pattern HOW = Pattern.compile(
            "\\b(?:swallowed|ingested|aspirated|inhaled|inserted|retained|lodged|embedded|stuck|impacted|placed"
                    + "|initial|subsequent|encounter|sequela|in|into|the|a|an|of|left|right|foreign body)\\b");
    /** "magnet", "magnetic bead": the External Cause index's "magnetic metal" (W44.D-). */
    private static final Pattern MAGNET = Pattern.compile("\\bmagnet(?:ic|s)?\\b(?!\\s+metal)");

    /** The word of the maltreatment itself, after which the perpetrator's "by" comes. */
    private static final Pattern MALTREATMENT = Pattern.compile("\\b(?:abuse|abused|neglect|neglected|maltreat\\w*"
            + "|abandon\\w*|assault\\w*|exploitation|trafficking)\\b");
    /** Where the perpetrator's words end: the next clause. */
    private static final Pattern PERSON_END = Pattern.compile("\\s+(?:with|who|causing|resulting)\\b|[,;.:(]");

    /** A former spouse or partner ("ex-husband", "former boyfriend"). */
    private static final Pattern FORMER = Pattern.compile("\\b(?:former|previous)\\b");
    /** "ex-husband", "ex boyfriend": the index's "former". */
    private static final Pattern EX = Pattern.compile("\\bex[- ](?=[a-z])");

    private static final Pattern TOKEN = Pattern.compile("[^a-z0-9]+");

    private final Vocabulary vocabulary;
    private final Navigator navigator;
    /** "Foreign body, entering through, natural orifice" (W44.9), or null when the index lacks it. */
    private final Node orifice;
    /** "Foreign body, entering through, skin" (W45.8), or null. */
    private final Node skin;
    /** "Perpetrator, perpetration, of assault, maltreatment and neglect" (Y07.9), or null. */
    private final Node perpetrator;

    /**
     * The objects of the Tabular's W45 subcategories with their codes ("fishing hook" TAB "W45.3", FY2026, which the
     * FY2025 External Cause index does not list), lower case.
     */
    private final java.util.List<String> skinObjects;
    /** One index term per {@link #skinObjects} entry, coded with its W45 subcategory, below {@link #skin}. */
    private final java.util.List<Node> skinObjectTerms = new java.util.ArrayList<>();

    InjuryCauses(IndexGraph externalCauseIndex, Vocabulary vocabulary, java.util.List<String> skinObjects) {
        this.skinObjects = skinObjects;
        this.vocabulary = vocabulary;
        this.navigator = new Navigator(externalCauseIndex);
        Node fb = null;
        Node by = null;
        for (Node main : externalCauseIndex.mainTerms) {
            String t = main.term.title().toLowerCase(java.util.Locale.ROOT);
            if (t.equals("foreign body")) {
                fb = main;
            } else if (t.startsWith("perpetrator")) {
                by = main;
            }
        }
        Node entering = child(fb, "entering through");
        this.orifice = child(entering, "natural orifice");
        this.skin = child(entering, "skin");
        for (String object : skinObjects) {
            int at = object.indexOf('\t');
            var term = new org.medcoder.codesets.IndexTerm(object.substring(0, at), java.util.List.of(),
                    object.substring(at + 1), "", "", "", "", java.util.List.of(), java.util.List.of());
            Node n = new Node(term, skin, new int[][] {vocabulary.internAll(term.title())}, new int[0]);
            n.children = new Node[0];
            skinObjectTerms.add(n);
        }
        this.perpetrator = by;
    }

    private static Node child(Node n, String title) {
        if (n == null) {
            return null;
        }
        for (Node c : n.children) {
            if (c.term.title().toLowerCase(java.util.Locale.ROOT).startsWith(title)) {
                return c;
            }
        }
        return null;
    }

    /** Whether the code is a foreign body entering through a natural orifice (T15-T19). */
    static boolean orificeInjury(String code) {
        return code.startsWith("T1") && code.charAt(2) >= '5' && code.charAt(2) <= '9';
    }

    /** Whether the code is confirmed adult or child abuse, neglect or other maltreatment (T74.-). */
    static boolean maltreatment(String code) {
        return code.startsWith("T74");
    }

    /**
     * The W44.- walk for the object the statement names (its own words, before any rewriting), or null when it names
     * none the index has.
     */
    Navigator.Walk object(Statement s) {
        return object(orifice, s, "");
    }

    /**
     * The W45.- walk for the object of a wound "with foreign body" (a nail, a splinter: "Foreign body, entering
     * through, skin"), or null when the statement names none the index has (I.C.20).
     */
    Navigator.Walk throughSkin(Statement s, String injuryTitle) {
        Navigator.Walk w = object(skin, s, injuryTitle);
        if (w != null || skin == null) {
            return w;
        }
        // The object has a W45 subcategory the FY2025 index does not list: "Foreign body, entering through, skin"
        // read with the subcategory's own title (W45.3 "Fishing hook entering through skin", FY2026; I.B.1).
        // Words of the injury's title are the injury's ("without damage to nail" names no nail).
        String text = stripped(s.expanded, injuryTitle);
        for (Node n : skinObjectTerms) {
            if (text.contains(n.term.title())) {
                return navigator.from(n, 0, 0, s);
            }
        }
        return null;
    }

    /**
     * The objects of the W45 subcategories' titles and their codes ("Fishing hook entering through skin":
     * "fishing hook" TAB "W45.3"), the "other" subcategory left out.
     */
    static java.util.List<String> skinObjects(org.medcoder.codesets.IcdCmRelease release) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (var e : release.children(org.medcoder.core.IcdCmCode.parse("W45"))) {
            String t = e.longTitle().toLowerCase(java.util.Locale.ROOT);
            int at = t.indexOf(" entering through skin");
            if (at > 0 && !t.startsWith("other")) {
                out.add(t.substring(0, at) + "\t" + e.code().dotted());
            }
        }
        return java.util.List.copyOf(out);
    }

    /** The walk below {@code start} for the statement's words that are not the injury title's ("damage to nail"). */
    private Navigator.Walk object(Node start, Statement s, String injuryTitle) {
        if (start == null) {
            return null;
        }
        String text = stripped(s.text.toLowerCase(java.util.Locale.ROOT), injuryTitle);
        text = HOW.matcher(MAGNET.matcher(text).replaceAll("magnetic metal")).replaceAll(" , ");
        return below(start, Statement.analyse(text, vocabulary));
    }

    /** The text with the words of the injury's title as commas (none when the title is empty). */
    private static String stripped(String text, String injuryTitle) {
        if (injuryTitle.isEmpty()) {
            return text;
        }
        java.util.List<String> title = CodeKinds.titleStems(injuryTitle);
        StringBuilder kept = new StringBuilder();
        for (String token : TOKEN.split(text)) {
            kept.append(title.contains(Words.stem(token)) ? "," : token).append(' ');
        }
        return kept.toString();
    }

    /** The Y07.- walk for the person the statement names as the perpetrator, or null when it names none. */
    Navigator.Walk perpetrator(Statement s) {
        String text = s.text.toLowerCase(java.util.Locale.ROOT);
        String person = person(text);
        // The person is named after "by" ("abuse by mother"); "child" in "child physical abuse" is the victim.
        if (perpetrator == null || person == null) {
            return null;
        }
        // A spouse or partner not said to be former is the current one (Y07.010 "Husband, current" vs Y07.011).
        String who = EX.matcher(person).replaceAll("former ");
        return below(perpetrator, Statement.analyse(FORMER.matcher(who).find() ? who : who + " current", vocabulary));
    }

    /**
     * The words naming the perpetrator: after the first " by " that follows the abuse or neglect word, up to the
     * next clause ("with", "," or ";"), so a later "burns caused by cigarette" names no person (I.C.19.f); with no
     * such word ("shaken infant syndrome by father"), after the first "by". Null when the statement names none.
     */
    static String person(String text) {
        Matcher m = MALTREATMENT.matcher(text);
        int by = text.indexOf(" by ", m.find() ? m.end() : 0);
        if (by < 0) {
            return null;
        }
        Matcher end = PERSON_END.matcher(text);
        return text.substring(by + 4, end.find(by + 4) ? end.start() : text.length());
    }

    /** The best walk below {@code start} that uses a statement word (a default code alone is no documented cause). */
    private Navigator.Walk below(Node start, Statement s) {
        Navigator.Walk w = navigator.from(start, 0, 0, s);
        Node coded = w.coded();
        return coded == null || coded == start || w.covered() == 0 ? null : w;
    }
}
