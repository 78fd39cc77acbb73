package org.medcoder.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage 5: NegEx/ConText-style context rules. A cue phrase governs the tokens after it (pre-cues such as
 * "denies", "history of", "probable") or before it (post-cues such as "was ruled out", "is suspected") within the
 * sentence, up to {@value #WINDOW} words, a terminator ("but", "however", ";") or a comma that ends a clause rather
 * than separating list items. Pseudo-cues ("no change",
 * "not only", "gram negative") are matched first and govern nothing. Family-history and past-history sections
 * govern their whole body.
 *
 * <p>The cue lists are our own, written after Chapman et al.'s NegEx and Harkema et al.'s ConText algorithms and
 * the uncertainty terms of ICD-10-CM Official Guidelines Section II.H / IV.H ("probable", "suspected", "likely",
 * "questionable", "possible", "rule out", "compatible with", "consistent with").
 */
public final class ContextAnnotator {

    static final int WINDOW = 8;

    private enum Direction { PRE, POST, PSEUDO }

    private record Cue(String[] terms, ContextFlag flag, Direction direction) {
    }

    private static final Set<String> TERMINATORS = Set.of("but", "however", "although", "though", "except",
            "which", "whose", "who", "after", "since", "because", "due", "secondary", ";", ":", "presents",
            "presented", "showed", "revealed", "diagnosed", "with");

    /** Words that join the items of a list: a comma before one of them separates items, not clauses. */
    private static final Set<String> CONJUNCTIONS = Set.of("or", "nor", "and");

    /** The patient's own history ends a relative's: "no family history of sudden death or personal history of syncope". */
    private static final Set<String> FAMILY_TERMINATORS = Set.of("personal", "own", "patient", "she", "he");

    private static final Set<String> DETERMINERS = Set.of("his", "her", "their", "the", "a", "its");

    /** Subjects that open a new clause after "and": "biopsy was not performed and it was assumed that ...". */
    private static final Set<String> CLAUSE_SUBJECTS = Set.of("it", "he", "she", "they", "there", "we", "this",
            "that", "these", "which");

    /** Finite verbs: a second one means a second clause ("X was positive and the antigen was negative"). */
    private static final Set<String> FINITE_VERBS = Set.of("was", "were", "is", "are", "had", "has", "showed",
            "shows", "revealed", "presented", "presents");

    /** Participles of a negated observation: "no edema and erythema were observed" is one clause. */
    private static final Set<String> OBSERVED = Set.of("observed", "detected", "found", "seen", "noted",
            "evidenced", "identified", "appreciated", "recorded", "reported", "present");

    /** Words saying the conjunct they belong to is treated now: "without X and diabetes in treatment with ...". */
    private static final Set<String> TREATED = Set.of("treatment", "treated", "receiving", "controlled");

    /** Units of a duration: "a 3-day history of fever" is the present illness, not a past condition. */
    private static final Set<String> DURATION_UNITS = Set.of("hour", "hours", "day", "days", "week", "weeks", "month",
            "months", "year", "years");

    /** Words after a post-cue that keep it a post-cue ("was ruled out by echocardiography", "were negative in"). */
    private static final Set<String> POST_CUE_FOLLOWERS = Set.of("by", "with", "in", "on", "at", "after", "as",
            "because", "due", "since", "through", "during", "for", "from", "and", "or", "nor", "so", "until", "both",
            "again", "too", "also", "later", "then", "to", "when", "while");

    /** Words saying a condition is present or treated now, so "history of" does not make it a past one. */
    private static final Set<String> CURRENT_STATUS = Set.of("receiving", "maintaining",
            "metastases", "metastasis", "metastatic", "recurrence", "relapse", "progression", "persistent", "ongoing");

    private static final Map<String, List<Cue>> CUES = cues();

    /** The scopes of every cue in the note, plus the section scopes. */
    public List<ContextScope> annotate(List<Section> sections, List<Sentence> sentences, List<Token> tokens) {
        List<ContextScope> out = new ArrayList<>();
        int sentenceStart = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            if (i == tokens.size() || tokens.get(i).sentence() != tokens.get(sentenceStart).sentence()) {
                sentence(tokens, sentenceStart, i, out);
                sectionScope(sections, sentences, tokens, sentenceStart, i, out);
                sentenceStart = i;
            }
        }
        return List.copyOf(out);
    }

    /** A family-history or past-history section governs every sentence of its body; the cue is its heading. */
    private static void sectionScope(List<Section> sections, List<Sentence> sentences, List<Token> tokens, int from,
            int to, List<ContextScope> out) {
        if (from >= to) {
            return;
        }
        Sentence s = sentences.get(tokens.get(from).sentence());
        ContextFlag flag = switch (s.section()) {
            case FAMILY_HISTORY -> ContextFlag.FAMILY;
            case PAST_MEDICAL_HISTORY, PAST_SURGICAL_HISTORY -> ContextFlag.HISTORICAL;
            default -> null;
        };
        if (flag == null) {
            return;
        }
        for (Section section : sections) {
            if (section.span().start() <= s.span().start() && s.span().end() <= section.span().end()
                    && !section.heading().overlaps(s.span())) {
                out.add(new ContextScope(flag, section.heading(), from, to));
            }
        }
    }

    private static void sentence(List<Token> tokens, int from, int to, List<ContextScope> out) {
        boolean currentStatus = hasAny(tokens, from, to, CURRENT_STATUS);
        int i = from;
        while (i < to) {
            Cue cue = match(tokens, i, to);
            if (cue == null) {
                i++;
                continue;
            }
            int end = i + cue.terms.length;
            Direction direction = direction(cue, tokens, i, from, to, currentStatus);
            org.medcoder.core.TextSpan span = org.medcoder.core.TextSpan.of(tokens.get(i).span().start(),
                    tokens.get(end - 1).span().end());
            if (direction == Direction.PRE) {
                boolean orOnly = cue.flag == ContextFlag.NEGATED && cue.terms.length == 1
                        && cue.terms[0].equals("without");
                out.add(new ContextScope(cue.flag, span, end, forward(tokens, end, to, cue.flag, orOnly)));
            } else if (direction == Direction.POST) {
                out.add(new ContextScope(cue.flag, span, backward(tokens, from, i), i));
            }
            i = end;
        }
    }

    /** Which way the cue at token i governs in its sentence [from, to), or PSEUDO when it governs nothing here. */
    private static Direction direction(Cue cue, List<Token> tokens, int i, int from, int to, boolean currentStatus) {
        int end = i + cue.terms.length;
        String next = end < to ? tokens.get(end).term() : "";
        // "negative" before a word modifies that word ("negative Romberg", "negative nitrites"): it is not a
        // post-cue reaching back over the findings listed before it.
        if (cue.direction == Direction.POST && cue.terms.length == 1 && !next.isEmpty() && isWord(next)
                && !CONJUNCTIONS.contains(next)) {
            return Direction.PSEUDO;
        }
        // A multi-word post-cue directly followed by the finding ("were ruled out cytomegalovirus infection") is
        // a pre-cue: it does not reach back to the diagnosis before it ("biopsies compatible with ulcerative
        // colitis were ruled out ...", a diagnosis still coded inpatient, III.C / II.H).
        if (cue.direction == Direction.POST && cue.flag == ContextFlag.NEGATED && cue.terms.length > 1
                && !next.isEmpty() && isWord(next) && !POST_CUE_FOLLOWERS.contains(next)) {
            return Direction.PRE;
        }
        // A relative as the agent ("taken by her parents", "accompanied by his mother") is not the one ill.
        if (cue.flag == ContextFlag.FAMILY && cue.terms.length == 1 && agent(tokens, i, from)) {
            return Direction.PSEUDO;
        }
        // I.C.21.c.4 / I.C.2.d: "history of" codes are for conditions that no longer exist and are not treated;
        // a sentence saying the condition is current or treated now ("metastases", "receiving") keeps it current,
        // and a duration dates the present illness ("a 2-month history of dry cough": the cough is current).
        if (cue.flag == ContextFlag.HISTORICAL && (currentStatus || (cue.terms[0].equals("history") && i > from
                && DURATION_UNITS.contains(tokens.get(i - 1).term())))) {
            return Direction.PSEUDO;
        }
        return cue.direction;
    }

    /**
     * One past the last token a pre-cue governs: up to {@value #WINDOW} words (punctuation does not count), a
     * terminator, or a comma that does not separate the items of a list. A comma continues the scope only when a
     * coordinating "or" / "nor" / "and" follows within the window ("no fever, chills or vomiting"); otherwise the
     * comma starts another clause ("with no history of interest, consulted for a painful mass").
     */
    private static int forward(List<Token> tokens, int start, int to, ContextFlag flag, boolean orOnly) {
        int stop = start;
        int words = 0;
        while (stop < to && words < WINDOW && !terminates(tokens.get(stop).term(), flag)) {
            String term = tokens.get(stop).term();
            if (term.equals(",") && !listFollows(tokens, stop + 1, to, WINDOW - words, orOnly)) {
                break;
            }
            if (CONJUNCTIONS.contains(term) && stop > start && newConjunct(tokens, stop + 1, to)) {
                break;
            }
            if (isWord(term)) {
                words++;
            }
            stop++;
        }
        return stop;
    }

    /** The first token a post-cue governs, going back from the cue the same way (a list: "A, B and C were negative"). */
    private static int backward(List<Token> tokens, int from, int cue) {
        int first = cue;
        int words = 0;
        boolean conjunction = false;
        while (first > from && words < WINDOW && !TERMINATORS.contains(tokens.get(first - 1).term())) {
            String term = tokens.get(first - 1).term();
            if (FINITE_VERBS.contains(term) && first < cue) {
                break; // another clause's verb: "IgG was positive in blood and the antigen was negative"
            }
            if (term.equals(",") && !conjunction) {
                break;
            }
            conjunction |= CONJUNCTIONS.contains(term);
            if (isWord(term)) {
                words++;
            }
            first--;
        }
        return first;
    }

    private static boolean listFollows(List<Token> tokens, int from, int to, int words, boolean orOnly) {
        for (int k = from; k < to && words > 0; k++) {
            String term = tokens.get(k).term();
            if (CONJUNCTIONS.contains(term)) {
                // A list negated by "without" is joined by "or"/"nor" (Spanish "sin A, B ni C"); "and" after the
                // comma adds findings that are present: "fever without apparent focus, dry cough and anorexia".
                return !orOnly || !term.equals("and");
            }
            if (TERMINATORS.contains(term)) {
                return false;
            }
            if (isWord(term)) {
                words--;
            }
        }
        return false;
    }

    /**
     * Whether the words after a conjunction start something the cue before it does not govern: a new clause with
     * its own subject ("was not performed and it was assumed that the amyloidosis ..."), or a condition documented
     * as treated now ("without optical correction and type 2 diabetes mellitus in treatment"; a chronic disease
     * treated on an ongoing basis is coded, III / IV.I).
     */
    private static boolean newConjunct(List<Token> tokens, int from, int to) {
        if (from < to && CLAUSE_SUBJECTS.contains(tokens.get(from).term())) {
            return true;
        }
        if (from < to && DETERMINERS.contains(tokens.get(from).term()) && ownVerb(tokens, from + 1, to)) {
            return true; // "no relevant findings and the intraocular pressure was 14 mmHg"
        }
        for (int k = from; k < to && k < from + WINDOW; k++) {
            String term = tokens.get(k).term();
            if (TREATED.contains(term)) {
                return true;
            }
            if (!isWord(term) || CONJUNCTIONS.contains(term) || TERMINATORS.contains(term)) {
                return false;
            }
        }
        return false;
    }

    /** A finite verb within a few words that is not a negated observation ("... and the rash were not observed"). */
    private static boolean ownVerb(List<Token> tokens, int from, int to) {
        for (int k = from; k < to && k < from + 6; k++) {
            String term = tokens.get(k).term();
            if (FINITE_VERBS.contains(term)) {
                return k + 1 >= to || !(OBSERVED.contains(tokens.get(k + 1).term())
                        || tokens.get(k + 1).term().equals("not"));
            }
            if (!isWord(term) || CONJUNCTIONS.contains(term)) {
                return false;
            }
        }
        return false;
    }

    private static boolean terminates(String term, ContextFlag flag) {
        return TERMINATORS.contains(term) || (flag == ContextFlag.FAMILY && FAMILY_TERMINATORS.contains(term));
    }

    private static boolean agent(List<Token> tokens, int cue, int from) {
        for (int k = cue - 1; k >= from && k >= cue - 2; k--) {
            String term = tokens.get(k).term();
            if (term.equals("by")) {
                return true;
            }
            if (!DETERMINERS.contains(term)) {
                return false;
            }
        }
        return false;
    }

    private static boolean hasAny(List<Token> tokens, int from, int to, Set<String> terms) {
        for (int k = from; k < to; k++) {
            if (terms.contains(tokens.get(k).term())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWord(String term) {
        return Character.isLetterOrDigit(term.charAt(0));
    }

    /** The longest cue starting at token i (pseudo-cues included), or null. */
    private static Cue match(List<Token> tokens, int i, int to) {
        List<Cue> candidates = CUES.get(tokens.get(i).term());
        if (candidates == null) {
            return null;
        }
        for (Cue c : candidates) { // longest first
            if (i + c.terms.length <= to && matchesAt(tokens, i, c.terms)) {
                return c;
            }
        }
        return null;
    }

    private static boolean matchesAt(List<Token> tokens, int i, String[] terms) {
        for (int k = 1; k < terms.length; k++) {
            if (!tokens.get(i + k).term().equals(terms[k])) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, List<Cue>> cues() {
        Map<String, List<Cue>> m = new HashMap<>();
        // "non" is not a cue: as a prefix it negates a modifier, not the finding ("non-insulin-dependent
        // diabetes", "non-ST elevation infarction", "non-allergic asthma" are all present).
        add(m, ContextFlag.NEGATED, Direction.PRE, "no", "not", "denies", "denied", "denying", "without",
                "absence of", "absent", "negative for", "no evidence of", "no signs of", "no sign of", "free of",
                "ruled out", "rules out", "nor", "neither", "never had", "no history of", "did not have",
                "does not have", "no findings of", "excluded", "rule out of", "not show", "did not show",
                "no evidence", "no signs", "nothing");
        add(m, ContextFlag.NEGATED, Direction.POST, "was ruled out", "were ruled out", "is ruled out",
                "was negative", "were negative", "was excluded", "were excluded", "is absent", "was absent",
                "were absent", "not seen", "unlikely", "was discarded", "were discarded", "was not observed",
                "were not observed", "not detected", "negative");
        add(m, ContextFlag.HISTORICAL, Direction.PRE, "history of", "past history of", "previous", "prior",
                "previously", "status post", "personal history of", "medical history of", "past", "old",
                "background of", "antecedents of", "history");
        add(m, ContextFlag.HISTORICAL, Direction.POST, "years ago", "months ago", "in the past", "in childhood");
        add(m, ContextFlag.FAMILY, Direction.PRE, "mother", "father", "sister", "brother", "family history of",
                "family history", "grandmother", "grandfather", "aunt", "uncle", "cousin", "sibling", "siblings",
                "parents", "daughter", "son", "twin", "relatives", "maternal", "paternal");
        add(m, ContextFlag.HYPOTHETICAL, Direction.PRE, "if", "in case of", "return if", "risk of",
                "to prevent", "prevention of", "prophylaxis of", "plan to", "to rule out", "screening for",
                "should", "would", "in order to", "to avoid", "to exclude", "to evaluate", "monitoring for");
        add(m, ContextFlag.UNCERTAIN, Direction.PRE, "probable", "probably", "possible", "possibly", "suspected",
                "suspicion of", "suspect", "rule out", "likely", "questionable", "compatible with",
                "consistent with", "suggestive of", "suggesting", "suggests", "differential diagnosis",
                "may be", "might be", "could be", "presumptive", "presumed", "versus", "vs", "doubtful", "apparent",
                // a negated exclusion leaves the diagnosis open: "without ruling out malignancy"
                "without ruling out", "without excluding", "not excluding", "cannot rule out", "can not rule out",
                "could not rule out", "did not rule out", "does not rule out");
        add(m, ContextFlag.UNCERTAIN, Direction.POST, "is suspected", "was suspected", "were suspected",
                "cannot be excluded", "could not be excluded", "cannot be ruled out", "could not be ruled out",
                "not excluded", "versus", "vs", "is possible", "is likely", "was considered");
        add(m, null, Direction.PSEUDO, "no change", "no increase", "not only", "no further", "not necessarily",
                "without difficulty", "gram negative", "not certain if", "not ruled out", "no longer",
                "not rule out", "history of present illness", "previous day", "prior to", "past week",
                "past month", "past year", "past days", "in the past week", "in the past month",
                "in the past year", "in the past days", "in the past few", "father of", "mother of", "non small cell",
                "non hodgkin", "son of", "old man", "old woman", "old boy", "old girl", "old male", "old female",
                "old patient", "year old", "years old", "month old", "months old", "day old", "days old",
                "negative pressure", "not negative",
                // the finding persists: "no improvement of the pain", "did not respond to treatment" (the condition
                // is present and coded, III / IV.J)
                "no improvement", "without improvement", "not improve", "did not improve", "no response",
                "without response", "not respond", "did not respond", "no relief", "without relief", "not resolve",
                "did not resolve", "no resolution", "without resolution", "no reduction", "no decrease",
                "not decrease", "did not decrease", "not disappear", "did not disappear");
        m.values().forEach(list -> list.sort((a, b) -> b.terms.length - a.terms.length));
        return Map.copyOf(m);
    }

    private static void add(Map<String, List<Cue>> m, ContextFlag flag, Direction dir, String... phrases) {
        for (String p : phrases) {
            String[] terms = p.split(" ");
            m.computeIfAbsent(terms[0], k -> new ArrayList<>()).add(new Cue(terms, flag, dir));
        }
    }
}
