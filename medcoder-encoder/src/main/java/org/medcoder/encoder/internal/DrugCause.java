package org.medcoder.encoder.internal;

import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A condition a drug caused, worded without "due to": "steroid-induced diabetes", "hyperkalemia from
 * spironolactone", "nausea after starting metformin", "hypokalemia secondary to furosemide therapy". Rewritten as
 * "condition due to drug", the reading {@link CodeAdditions#drugCaused} knows, but only when the cause is wholly a
 * substance of the Table of Drugs and Chemicals (so "fell from ladder" or "noise-induced hearing loss" stay as
 * written). The condition is then coded first and the drug's adverse-effect code (5th or 6th character 5) after it,
 * with the encounter's 7th character (Guideline I.C.19.e.5.a).
 */
final class DrugCause {

    /**
     * "X-induced Y": X one word, or a drug class of two ("ace inhibitor-induced"); "induced" also written apart
     * ("vincristine induced neuropathy"; "associated"/"related" apart are ordinary words: "age related").
     */
    private static final GuardedPattern INDUCED = GuardedPattern.compile(
            "\\b((?:[a-z0-9]+ )?(?:inhibitor|blocker|agonist|antagonist)s?|[a-z0-9]+)(?:-(?:induced|associated|related)"
            + "| induced)\\s+([^,;]+)");
    /** Cause connectors a record uses for a drug that are not the index's "due to". */
    private static final GuardedPattern AFTER = GuardedPattern.compile("\\s+(?:from|after starting|after initiation of"
            + "|after initiating|after beginning|after start of|since starting|after taking|while taking|while on"
            + "|with use of)\\s+");
    /**
     * "Therapy" or "treatment" after the drug of a cause clause, "replacement therapy" too ("due to testosterone
     * replacement therapy"): the drug is the cause.
     */
    private static final GuardedPattern THERAPY = GuardedPattern.compile(
            "(\\b(?:due to|secondary to|caused by)\\s+[a-z0-9 -]+?)"
            + "\\s+(?:replacement\\s+)?(?:therapy|treatment|use)" + StatedClauses.clauseEnd(",;"));
    /**
     * "Condition, adverse effect of drug": the drug is the condition's cause, its adverse effect the column
     * (I.C.19.e.5.a); read "condition due to drug" so the condition's own words name no table row.
     */
    private static final GuardedPattern ADVERSE_OF = GuardedPattern.compile(
            "\\s*,?\\s+(?:an?\\s+)?adverse (?:effect|reaction)s?"
            + " (?:of|to|from)\\s+([^,;]+)");
    /**
     * A drug class written before the condition, as problem lists do ("immune checkpoint inhibitor colitis", "ACE
     * inhibitor cough"): the class (group 1) is the cause, the words after it (group 2) the condition.
     */
    private static final Pattern CLASS_FIRST = Pattern.compile("^((?:[a-z0-9-]+ ){0,3}?(?:inhibitor|blocker"
            + "|agonist|antagonist)s?)\\s+([a-z][^,;]*)");
    /**
     * Words after a drug class that name what happened with the drug, not a condition it caused: "beta blocker
     * overdose" is a poisoning (Index: Overdose - see Table of Drugs and Chemicals, poisoning; I.C.19.e.5.b),
     * "... underdosing" / "... noncompliance" an underdosing (I.C.19.e.5.c), never an adverse effect.
     */
    private static final Pattern EVENT = Pattern.compile("^(?:overdos|poison|toxicit|intoxicat|underdos|noncompli"
            + "|non-compli|allerg|use\\b|therapy|withdraw|dependen|abuse|misuse|ingestion|exposure|level)");
    /** "induced" written apart from the class before the condition ("PPI induced hypomagnesemia"). */
    private static final Pattern INDUCED_WORD = Pattern.compile("^(?:induced|associated|related)\\s+");
    /** A drug class named by its noun ("ACE inhibitor", "beta blocker"), not by an adjective ("neuroleptic"). */
    private static final Pattern CLASS_NOUN = Pattern.compile("(?:inhibitor|blocker|agonist|antagonist)s?$");
    /** The index's own cause connector inside an induced clause ("... cough due to lisinopril"). */
    private static final Pattern DUE_TO = Pattern.compile("\\s+(?:due to|secondary to|caused by)\\s+");
    /** A "history of" clause, to its end (I.C.21.c.4). */
    private static final Pattern HISTORY = Pattern.compile("\\b(?:history|hx) of\\b[^,;]*");
    /** The index's connector for a cause is "due to" (I.A.15); the drug-caused reading is tried with it. */
    private static final GuardedPattern CAUSE = GuardedPattern.compile("\\b(?:secondary to|caused by|because of)\\b");

    private final Vocabulary vocabulary;
    private final CodeAdditions additions;
    /** The Alphabetic Index lookup of a statement as written (null when no path reaches a code). */
    private final Function<Statement, Lookup> lookup;

    DrugCause(Vocabulary vocabulary, CodeAdditions additions, Function<Statement, Lookup> lookup) {
        this.vocabulary = vocabulary;
        this.additions = additions;
        this.lookup = lookup;
    }

    /**
     * The statement read as drug-caused ({@link CodeAdditions#drugCaused}), worded "condition due to drug" first when
     * it names a drug cause otherwise.
     */
    Statement reworded(Statement written) {
        if (inHistory(Lower.of(written.text))) {
            return additions.drugCaused(written);
        }
        Statement s = namedAfterClass(classFirst(written));
        Statement caused = additions.drugCaused(s);
        String t = Lower.of(s.text);
        if (!INDUCED.mayMatch(t) && !ADVERSE_OF.mayMatch(t) && !AFTER.mayMatch(t) && !THERAPY.mayMatch(t)
                && !CAUSE.mayMatch(t)) {
            return caused; // no pattern below can match (hot path: their literals checked, no search)
        }
        String r = t;
        Matcher m = INDUCED.mayMatch(r) ? INDUCED.matcher(r) : null;
        boolean indexed = false;
        if (m != null && m.find()) {
            // The index's own "X induced" subterm (Thrombocytopenia, heparin-associated D75.821) is kept as written.
            indexed = indexed(s, m.group(1));
            r = r.substring(0, m.start()) + m.group(2).strip() + " due to " + m.group(1) + r.substring(m.end());
        }
        if (!r.contains("due to") && !r.contains("secondary to") && !r.contains("caused by")) {
            Matcher a = ADVERSE_OF.mayMatch(r) ? ADVERSE_OF.matcher(r) : null;
            r = a != null && a.find() && a.start() > 0 ? r.substring(0, a.start()) + " due to " + a.group(1)
                    + r.substring(a.end()) : AFTER.replaceFirst(r, " due to ");
        }
        r = THERAPY.replaceFirst(r, "$1");
        r = CAUSE.replaceFirst(r, "due to");
        if (r.equals(t) || caused != s) {
            return caused; // no other wording, or already read as drug-caused (the Drug table searched only now)
        }
        Statement c = Statement.analyse(r, vocabulary);
        // Kept only when the cause is wholly a substance of the Drug table (CodeAdditions.drugCaused reads it so).
        Statement rewordedCaused = additions.drugCaused(c);
        if (rewordedCaused == c) {
            return caused;
        }
        // Drug-caused either way (the drug's adverse-effect code follows, I.C.19.e.5.a); the index path as written.
        return indexed ? Statement.analyse(s.text + CodeAdditions.DRUG_CAUSED, vocabulary) : rewordedCaused;
    }

    /**
     * "X-induced Y from Z" read "X-induced Y due to Z": the drug named after the condition is its cause, the class
     * before it only says what kind of drug Z is ("neuroleptic-induced parkinsonism from haloperidol": Parkinsonism,
     * neuroleptic induced G21.11, and haloperidol's adverse-effect code, I.C.19.e.5.a). Only a connector of
     * {@link #AFTER} inside the induced clause is rewritten; the statement itself otherwise. A class named by a noun
     * ("ACE inhibitor", "beta blocker") is no index subterm of the condition, and its noun alone would be a main term
     * of its own ("Inhibitor, systemic lupus erythematosus" D68.62, I.B.1), so it is dropped: "ACE inhibitor-induced
     * cough from lisinopril" is "cough due to lisinopril" (R05.9 T46.4X5A), "from" or "due to" alike.
     */
    private Statement namedAfterClass(Statement s) {
        String t = Lower.of(s.text);
        if (!INDUCED.mayMatch(t)) {
            return s;
        }
        Matcher m = INDUCED.matcher(t);
        if (!m.find()) {
            return s;
        }
        String y = m.group(2);
        Matcher a = AFTER.matcher(y);
        Matcher d = DUE_TO.matcher(y);
        boolean after = a.find() && a.start() > 0;
        boolean classNoun = CLASS_NOUN.matcher(m.group(1)).find();
        if (!after && !(classNoun && d.find() && d.start() > 0)) {
            return s;
        }
        int start = after ? a.start() : d.start();
        int end = after ? a.end() : d.end();
        String drug = y.substring(end).strip();
        if (!additions.onlyDrug(drug) || !ofClass(m.group(1), drug)) {
            return s;
        }
        String clause = y.substring(0, start) + " due to " + y.substring(end);
        if (classNoun) {
            return Statement.analyse(t.substring(0, classStart(t, m)) + clause + t.substring(m.end(2)), vocabulary);
        }
        return Statement.analyse(t.substring(0, m.start(2)) + clause + t.substring(m.end(2)), vocabulary);
    }

    /**
     * Where the class of an induced clause begins: with up to three words before its noun when they and the noun
     * are a row of the Drug table ("antidepressant selective serotonin reuptake inhibitor"), else the match itself.
     */
    private int classStart(String t, Matcher m) {
        int start = m.start();
        int best = start;
        for (int i = 0, at = start; i < 3 && at > 0; i++) {
            int space = t.lastIndexOf(' ', at - 2);
            at = space + 1;
            if (additions.onlyDrug(t.substring(at, m.end(1)))) {
                best = at;
            }
            if (space < 0) {
                break;
            }
        }
        return best;
    }

    /**
     * Whether the drug named after "X-induced" can be the X it names: X is no row of the Drug table with an
     * adverse-effect cell ("drug-induced"), or the drug's row falls in X's subcategory, or X's row is its category's
     * unspecified subcategory (fifth character 0: "neuroleptic" T43.50- covers haloperidol T43.4-). A drug of another
     * subcategory is a treatment given since ("steroid-induced hyperglycemia after starting metformin": the steroid,
     * T38.0X5-, stays the cause; I.C.19.e.5.a codes the drug that caused the condition).
     */
    private boolean ofClass(String named, String drug) {
        String x = additions.adverseEffectCode(named);
        if (x == null || x.length() < 6) {
            return true;
        }
        String z = additions.adverseEffectCode(drug);
        return z != null && (z.startsWith(x.substring(0, 5)) || x.charAt(5) == '0' && z.startsWith(x.substring(0, 3)));
    }

    /**
     * The statement with a drug class written before the condition read as the condition's cause ("ACE inhibitor
     * cough": cough due to ACE inhibitor; "checkpoint inhibitor colitis due to pembrolizumab": the class only names
     * the drug the statement names after "due to"), when the class is wholly a row of the Drug table (I.C.19.e.5.a);
     * the statement itself otherwise (an "inhibitor" of the index, "Inhibitor, systemic lupus erythematosus", is no
     * drug).
     */
    private Statement classFirst(Statement s) {
        String t = Lower.of(s.text);
        if (!t.contains("inhibitor") && !t.contains("blocker") && !t.contains("agonist")) {
            return s;
        }
        Matcher m = CLASS_FIRST.matcher(t);
        if (!m.find() || EVENT.matcher(m.group(2)).find()) {
            return s;
        }
        if (!additions.onlyDrug(m.group(1))) {
            return notLupus(s, t, m);
        }
        String condition = m.group(2).strip();
        String rest = t.substring(m.end());
        return Statement.analyse(condition.contains(" due to ") ? condition + rest
                : condition + " due to " + m.group(1) + rest, vocabulary);
    }

    /**
     * A drug class the Drug table has no row for ("proton pump inhibitor hypomagnesemia", "SGLT2 inhibitor
     * ketoacidosis"): the condition alone when the index would otherwise take the class word for its own "Inhibitor,
     * systemic lupus erythematosus" (D68.62), which no statement without "lupus" supports (I.A.15, I.B.1); the drug
     * stays uncoded (no table row to read its adverse effect from, I.C.19.e.5.a). The statement itself otherwise
     * ("C1 esterase inhibitor deficiency" D84.1).
     */
    private Statement notLupus(Statement s, String t, Matcher m) {
        if (t.contains("lupus") || !t.contains("inhibitor")) {
            return s;
        }
        Lookup found = lookup.apply(s);
        if (found == null || !found.path.toLowerCase(Locale.ROOT).startsWith("inhibitor, systemic lupus")) {
            return s;
        }
        String condition = INDUCED_WORD.matcher(m.group(2).strip()).replaceFirst("");
        return Statement.analyse(condition + t.substring(m.end()), vocabulary);
    }

    /**
     * Whether a cause wording of the rewrites below is inside a "history of" clause: a condition of the past is no
     * current adverse effect (I.C.21.c.4, I.C.19.e.5.a), so "history of neuroleptic-induced parkinsonism from
     * haloperidol" gets no haloperidol code from "from".
     */
    private static boolean inHistory(String t) {
        Matcher h = t.contains("of") ? HISTORY.matcher(t) : null;
        if (h == null || !h.find()) {
            return false;
        }
        String clause = h.group();
        return INDUCED.pattern().matcher(clause).find() || AFTER.pattern().matcher(clause).find()
                || THERAPY.pattern().matcher(clause).find() || CAUSE.pattern().matcher(clause).find();
    }

    /** Whether the index path of the statement as written names the cause itself ("heparin induced" D75.829). */
    private boolean indexed(Statement s, String cause) {
        Lookup found = lookup.apply(s);
        if (found == null || found.path.contains(" see ")) {
            return false; // "Diabetes, steroid-induced - see Diabetes, due to, drug or chemical": the reworded reading
        }
        String path = found.path.toLowerCase(Locale.ROOT);
        String word = cause.substring(cause.lastIndexOf(' ') + 1);
        return Pattern.compile("\\b" + Pattern.quote(word) + "[- ](?:induced|associated|related)\\b").matcher(path)
                .find();
    }
}
