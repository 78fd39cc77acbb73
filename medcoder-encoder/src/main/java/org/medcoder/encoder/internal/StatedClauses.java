package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clauses of a statement that a coder codes as second codes of their own although no Tabular List note asks for
 * them: the drugs the patient is on (Z79 long-term drug therapy, Z99 dependence on oxygen or dialysis), the status
 * after a procedure or with a device (Z89-Z99), and a personal or family history (Z80-Z87). Status and history codes
 * are secondary codes telling of a condition's context (Guideline I.C.21.c.3 Status, I.C.21.c.4 History); Z79 is
 * for a drug in continuous use (I.C.21.c.3, Z79; I.C.4.a.3). Each clause is rewritten in the Alphabetic Index's
 * words ("on warfarin" as "Long-term drug therapy, anticoagulants"; "status post left total knee replacement" as
 * "Presence, knee joint implant"; "former smoker" as "History, personal, nicotine dependence") and taken out of the
 * statement, so that the condition is looked up without it.
 */
final class StatedClauses {

    /** What a clause states, with the codes its lookup may give. */
    enum Kind {
        DRUG_THERAPY("I.C.21.c.3", "Z79", "Z99"),
        STATUS("I.C.21.c.3", "Z89", "Z9"),
        /**
         * With the history of falling Z91.81 and of military service Z91.85, which I.C.21.c.4 lists too, and the old
         * myocardial infarction I25.2 the index gives under "History, personal, myocardial infarction (old)" (I.C.9.e.1).
         */
        HISTORY("I.C.21.c.4", "Z80", "Z81", "Z82", "Z83", "Z84", "Z85", "Z86", "Z87", "Z9181", "Z9185", "I252"),
        /** Tobacco dependence or use beside the condition, or counseling on it (I.C.21.c.10; {@link RiskClauses}). */
        TOBACCO("IV.J", "F17", "Z720", "Z716"),
        /** Contact with or exposure to a hazard (Z77), at work Z57 ({@link RiskClauses}). */
        EXPOSURE("I.C.21.c.1", "Z77", "Z57"),
        /** The patient's noncompliance with treatment or regimen, Z91.1- ({@link RiskClauses}). */
        NONCOMPLIANCE("I.C.21.c.13", "Z911");

        final String guideline;
        private final String[] prefixes;

        Kind(String guideline, String... prefixes) {
            this.guideline = guideline;
            this.prefixes = prefixes;
        }

        /** Whether a code (without dot) is one this kind of clause gives. */
        boolean allows(String code) {
            for (String p : prefixes) {
                if (code.startsWith(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** One clause: where it is in the statement, its wording for the index, and what it states. */
    record Clause(int start, int end, String lookup, Kind kind) {
    }

    /** The statement and its clauses, in the order found. */
    record Split(String text, List<Clause> clauses) {

        /**
         * The statement without the given clauses: the condition they qualify. When the clauses are the whole
         * statement, the one that opens it is the condition ("history of breast cancer, status post mastectomy"); one clause
         * alone leaves nothing (blank).
         */
        String main(List<Clause> kept) {
            String main = without(text, kept);
            if (!main.isBlank() || kept.isEmpty()) {
                return main;
            }
            Clause first = kept.get(0);
            boolean one = true;
            for (Clause c : kept) {
                one &= c.start() == first.start();
                first = c.start() < first.start() ? c : first;
            }
            // A history clause in the index's words ("prior DVT" as "history of DVT": Z86.718, not I82.409).
            return one ? "" : first.kind() == Kind.HISTORY ? first.lookup() : text.substring(first.start(), first.end());
        }
    }

    /** The words that end a clause of this class besides its separators ({@link #clauseEnd}). */
    private static final String[] END_WORDS = {"with", "for", "since", "due to"};
    /** Where a clause ends: a separator, the end, or a connector word. */
    private static final String END = clauseEnd(",;.", END_WORDS);
    /** {@link #END} without "with" (a history clause goes on over it). */
    private static final String END_NOT_WITH = clauseEnd(",;.", Arrays.stream(END_WORDS)
            .filter(w -> !w.equals("with")).toArray(String[]::new));
    // The leading look-aheads name the first letters a match can start with (hot path: the search skips every other
    // position at once); they match exactly what the rest of each pattern matches.
    private static final Pattern THERAPY = Pattern.compile("(?=[otrmudl])\\b(?:(?:on|taking|takes|treated with|receiving|maintained on"
            + "|uses|using|dependen(?:t|ce) on)\\s+(?:both\\s+)?((?:long[- ]term|chronic|daily|current)\\s+)?"
            + "|(long[- ]term)\\s+(?:use of\\s+)?)([a-z0-9 /-]+?)" + END);
    private static final Pattern STATUS = Pattern.compile("\\bstatus post\\s+([a-z0-9 /-]+?)" + END
            + "|\\b(?:with\\s+)?(?:an?\\s+)?((?:cardiac\\s+)?pacemaker)(?:\\s+(?:in place|in situ|status))?" + END
            + "|\\b(?:with\\s+|has\\s+)?(?:an?\\s+)?(coronary(?:\\s+artery)?\\s+stents?|insulin\\s+pump)"
            + "(?:\\s+(?:in place|in situ|status))?" + END);
    /** Bariatric operations: Status (post), bariatric surgery Z98.84 (the index's "gastric bypass for obesity"). */
    private static final Pattern BARIATRIC = Pattern.compile(
            "^(?:roux-en-y\\s+)?(?:gastric\\s+bypass|gastric\\s+sleeve|sleeve\\s+gastrectomy|gastric\\s+banding"
            + "|lap(?:aroscopic)?[- ]band|bariatric\\s+surgery)(?:\\s+surgery)?$");
    private static final Pattern HISTORY = Pattern.compile(
            "(?=[fph])\\b((?:family\\s+|personal\\s+)?history(?: of)?\\s+[a-z0-9 '/-]+?)" + END_NOT_WITH);
    /**
     * "Prior", "previous", "remote" opening a clause: the condition is a history, as after "history of" (I.C.21.c.4:
     * a past condition that no longer exists; Index: History, personal, transient ischemic attack Z86.73, myocardial
     * infarction (old) I25.2). Only at the start of the statement or of a clause: inside one the word qualifies
     * another ("osteonecrosis due to previous trauma", "exam prior to surgery"). As after "history of", the clause
     * goes on over "with" ("prior infection with hepatitis A" is a history of the hepatitis, Z86.19).
     */
    private static final Pattern PRIOR = Pattern.compile(
            "(?:^|(?<=[,;]\\s?))(?:prior|previous|remote)\\s+(?!to\\b|history\\b|hx\\b)([a-z0-9 '/-]+?)" + END_NOT_WITH);
    private static final Pattern TREATED = Pattern.compile(
            "\\b(?:after|following)\\s+(?:completed\\s+)?treatment\\s+(?:of|for)\\s+([a-z0-9 '/-]+?)" + END);
    private static final Pattern JOINT = Pattern.compile("^(?:(left|right|bilateral)\\s+)?(?:total\\s+|partial\\s+)?"
            + "(hip|knee|shoulder|elbow|wrist|ankle)\\s+(?:joint\\s+)?(?:replacement|arthroplasty)s?$");
    private static final Pattern AMPUTATION = Pattern.compile(
            "^(?:(left|right)\\s+)?(below|above)[- ]knee amputation$");
    private static final Pattern MASTECTOMY = Pattern.compile("^(?:(left|right|bilateral)\\s+)?mastectomy$");
    /** Blanks, commas and semicolons at either end of a text. */
    private static final Pattern END_SEPARATORS = Pattern.compile("^[\\s,;]+|[\\s,;]+$");
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s,;]+");
    private static final Pattern REPEATED_COMMAS = Pattern.compile("\\s*,(\\s*,)+");
    /** Drugs listed with "and", "or", "plus", "/" or "+" ("metformin plus basal insulin": Z79.84 and Z79.4, I.C.4.a.3). */
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s+and\\s+|\\s+or\\s+|\\s+plus\\s+|\\s*[/+]\\s*");
    private static final Pattern DRUG_WORD = Pattern.compile("[a-z-]{4,}");
    private static final Pattern CONNECTOR = Pattern.compile("(?:\\s*,)?\\s*\\b(?:and|with|in an?|in)\\s*$");

    private StatedClauses() {
    }

    /**
     * The look-ahead that ends a lazy clause: blanks, then one of the {@code separators} (characters), the end of
     * the text, or one of the connector {@code words} as a whole word. Tried after every character of a lazy clause
     * (hot path), so the words' first letters, derived here from the words themselves, are looked at before the
     * costly word-boundary check. The one definition of a clause end ({@link RiskClauses} uses it too).
     */
    static String clauseEnd(String separators, String... words) {
        StringBuilder letters = new StringBuilder();
        for (String w : words) {
            if (letters.indexOf(w.substring(0, 1)) < 0) {
                letters.append(w.charAt(0));
            }
        }
        String connectors = words.length == 0 ? ""
                : "|(?=[" + letters + "])\\b(?:" + String.join("|", words) + ")\\b";
        return "(?=\\s*(?:[" + separators + "]|$" + connectors + "))";
    }

    /**
     * The clauses of a statement (abbreviations written out, lower case); null when it has none.
     */
    static Split split(String expanded) {
        // Literal checks first (hot path): every pattern needs one of these words.
        if (!expanded.contains(" on ") && !expanded.contains("long") && !expanded.contains("post")
                && !expanded.contains("history") && !expanded.contains("pacemaker")
                && !expanded.contains("taking") && !expanded.contains("takes") && !expanded.contains("treated")
                && !expanded.contains("using") && !expanded.contains("completed treatment")
                && !expanded.contains("receiving") && !expanded.contains("uses") && !expanded.contains("follow")
                && !expanded.contains("stent") && !expanded.contains("pump") && !expanded.contains("prior")
                && !expanded.contains("previous") && !expanded.contains("remote") && !RiskClauses.mayHold(expanded)) {
            return null;
        }
        List<int[]> spans = new ArrayList<>();
        List<Clause> clauses = new ArrayList<>();
        therapy(expanded, spans, clauses);
        status(expanded, spans, clauses);
        history(expanded, spans, clauses);
        RiskClauses.find(expanded, spans, clauses);
        if (clauses.isEmpty()) {
            return null;
        }
        return new Split(expanded, List.copyOf(clauses));
    }

    private static void therapy(String t, List<int[]> spans, List<Clause> clauses) {
        Matcher m = THERAPY.matcher(t);
        while (m.find()) {
            boolean longTerm = m.group(1) != null || m.group(2) != null;
            List<String> found = new ArrayList<>();
            for (String item : ITEM_SEPARATOR.split(m.group(3))) {
                String words = DrugTherapy.indexWords(item);
                if (words != null) {
                    found.add(words);
                } else if (longTerm && DRUG_WORD.matcher(item.strip()).matches()) {
                    found.add("long-term drug therapy " + item.strip());
                } else {
                    found.clear();
                    break;
                }
            }
            if (!found.isEmpty() && claim(spans, m.start(), m.end())) {
                for (String f : found) {
                    clauses.add(new Clause(m.start(), m.end(), f, Kind.DRUG_THERAPY));
                }
            }
        }
    }

    private static void status(String t, List<int[]> spans, List<Clause> clauses) {
        if (!t.contains("status post") && !t.contains("pacemaker") && !t.contains("stent") && !t.contains("pump")) {
            return; // every STATUS match holds one of these (hot path)
        }
        Matcher m = STATUS.matcher(t);
        while (m.find()) {
            String what = m.group(1) != null ? m.group(1).strip() : null;
            // Presence (of), intravascular implant, coronary artery Z95.5; Presence (of), insulin pump Z96.41.
            String device = m.group(3) == null ? null : m.group(3).contains("pump") ? "presence of insulin pump"
                    : "presence of intravascular implant coronary artery";
            String lookup = device != null ? device : what == null ? "presence of cardiac pacemaker" : statusWords(what);
            if (claim(spans, m.start(), m.end())) {
                clauses.add(new Clause(m.start(), m.end(), lookup, Kind.STATUS));
            }
        }
    }

    /** The index wording of a procedure's status: joint replacement is "Presence, ... joint implant" (Z96.6-). */
    private static String statusWords(String what) {
        Matcher j = JOINT.matcher(what);
        if (j.matches()) {
            return "presence of " + (j.group(1) == null ? "" : j.group(1) + " ") + j.group(2) + " joint implant";
        }
        Matcher a = AMPUTATION.matcher(what);
        if (a.matches()) {
            return "absence of " + (a.group(1) == null ? "" : a.group(1) + " ") + "leg " + a.group(2) + " knee";
        }
        if (BARIATRIC.matcher(what).matches()) {
            return "status post bariatric surgery";
        }
        Matcher b = MASTECTOMY.matcher(what);
        if (b.matches()) {
            return "absence of " + (b.group(1) == null ? "" : b.group(1) + " ") + "breast";
        }
        return "status post " + what;
    }

    private static void history(String t, List<int[]> spans, List<Clause> clauses) {
        if (t.contains("follow") || t.contains("completed treatment")) {
            // A follow-up examination after completed treatment (Z09) is coded with the history of the condition
            // treated: its note asks for "any applicable history of disease code (Z86.-, Z87.-)" (I.C.21.c.8); a
            // condition whose treatment is completed is a history of it (I.C.21.c.4: no longer exists, no longer
            // receiving treatment).
            Matcher f = TREATED.matcher(t);
            if (f.find() && claim(spans, f.start(), f.end())) {
                clauses.add(new Clause(f.start(), f.end(), "history of " + f.group(1), Kind.HISTORY));
            }
        }
        if (t.contains("prior") || t.contains("previous") || t.contains("remote")) {
            Matcher p = PRIOR.matcher(t);
            while (p.find()) {
                if (claim(spans, p.start(), p.end())) {
                    clauses.add(new Clause(p.start(), p.end(), "history of " + p.group(1), Kind.HISTORY));
                }
            }
        }
        // A former smoker is Shorthand's ("history of tobacco dependence" by then).
        if (!t.contains("history")) {
            return; // every HISTORY match holds it (hot path)
        }
        Matcher m = HISTORY.matcher(t);
        while (m.find()) {
            if (claim(spans, m.start(), m.end())) {
                clauses.add(new Clause(m.start(), m.end(), m.group(1), Kind.HISTORY));
            }
        }
    }

    /** Adds the clause a match spans unless it overlaps one found before. */
    static void add(List<int[]> spans, List<Clause> clauses, Matcher m, String lookup, Kind kind) {
        if (claim(spans, m.start(), m.end())) {
            clauses.add(new Clause(m.start(), m.end(), lookup, kind));
        }
    }

    /** Records a clause's span unless it overlaps one found before. */
    private static boolean claim(List<int[]> spans, int start, int end) {
        for (int[] s : spans) {
            if (start < s[1] && s[0] < end) {
                return false;
            }
        }
        spans.add(new int[] {start, end});
        return true;
    }

    /** The text without the spans and the connectors ("with", "and", "in a") left dangling before them. */
    private static String without(String t, List<Clause> clauses) {
        List<Clause> sorted = new ArrayList<>(clauses);
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Clause c : sorted) {
            if (c.start() < at) {
                continue;
            }
            String before = t.substring(at, c.start());
            sb.append(CONNECTOR.matcher(before).replaceFirst(""));
            at = c.end();
        }
        sb.append(t.substring(at));
        return REPEATED_COMMAS.matcher(trimSeparators(sb.toString())).replaceAll(",");
    }

    /** The text without blanks, commas and semicolons at either end. */
    static String trimSeparators(String text) {
        return END_SEPARATORS.matcher(text).replaceAll("");
    }

    /** The text without blanks, commas and semicolons at its start. */
    static String trimLeadingSeparators(String text) {
        return LEADING_SEPARATORS.matcher(text).replaceAll("");
    }
}
