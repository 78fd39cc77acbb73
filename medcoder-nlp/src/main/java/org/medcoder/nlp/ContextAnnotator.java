package org.medcoder.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage 5: NegEx/ConText-style context rules. A cue phrase governs the tokens after it (pre-cues such as
 * "denies", "history of", "probable") or before it (post-cues such as "was ruled out", "is suspected") within the
 * sentence, up to {@value #WINDOW} tokens or a terminator ("but", "however", ";"). Pseudo-cues ("no change",
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
        int i = from;
        while (i < to) {
            Cue cue = match(tokens, i, to);
            if (cue == null) {
                i++;
                continue;
            }
            int end = i + cue.terms.length;
            org.medcoder.core.TextSpan span = org.medcoder.core.TextSpan.of(tokens.get(i).span().start(),
                    tokens.get(end - 1).span().end());
            if (cue.direction == Direction.PRE) {
                int stop = end;
                while (stop < to && stop - end < WINDOW && !TERMINATORS.contains(tokens.get(stop).term())) {
                    stop++;
                }
                out.add(new ContextScope(cue.flag, span, end, stop));
            } else if (cue.direction == Direction.POST) {
                int first = i;
                while (first > from && i - first < WINDOW && !TERMINATORS.contains(tokens.get(first - 1).term())) {
                    first--;
                }
                out.add(new ContextScope(cue.flag, span, first, i));
            }
            i = end;
        }
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
                "should", "could", "would", "in order to", "to avoid", "to exclude", "to evaluate", "monitoring for");
        add(m, ContextFlag.UNCERTAIN, Direction.PRE, "probable", "probably", "possible", "possibly", "suspected",
                "suspicion of", "suspect", "rule out", "likely", "questionable", "compatible with",
                "consistent with", "suggestive of", "suggesting", "suggests", "differential diagnosis",
                "may be", "might be", "presumptive", "presumed", "versus", "vs", "doubtful", "apparent");
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
                "negative pressure", "not negative");
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
