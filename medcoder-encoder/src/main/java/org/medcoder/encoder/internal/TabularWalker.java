package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.SeventhCharacter;
import org.medcoder.core.IcdCmCode;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.OpenQuestion;

/**
 * Verifies an index code in the Tabular List and completes it to a billable code (Guideline I.A.1, I.B.1:
 * never code from the index alone). A header is walked down to the child whose title the statement supports;
 * when the statement is silent, the child the classification provides for "unspecified" is taken and the question
 * recorded. Seventh characters come from the category's 7th-character table, with the placeholder X (I.A.4,
 * I.A.5). Codes added since the index was published are reached this way through their FY titles.
 */
final class TabularWalker {

    /** Where the walk ended, the steps for the trail and the questions left open. */
    record Result(IcdCmCode code, List<String> steps, List<OpenQuestion> questions, Set<String> guidelines) {
    }

    private final IcdCmRelease release;
    private final Vocabulary vocabulary;
    private final ConcurrentHashMap<String, int[]> titleWords = new ConcurrentHashMap<>();

    TabularWalker(IcdCmRelease release, Vocabulary vocabulary) {
        this.release = release;
        this.vocabulary = vocabulary;
    }

    /** Completes the index code (possibly ending in "-") for the statement; empty when it cannot be placed. */
    Optional<Result> complete(String indexCode, Statement s, EncodeOptions options) {
        String raw = indexCode.replace("-", "").replace(".", "").strip();
        if (!IcdCmCode.isWellFormed(raw)) {
            return Optional.empty();
        }
        IcdCmCode c = IcdCmCode.parse(raw);
        List<String> steps = new ArrayList<>();
        List<OpenQuestion> questions = new ArrayList<>();
        Set<String> guidelines = new HashSet<>();
        while (release.entry(c).isEmpty() && c.value().length() > 3) {
            steps.add(c.dotted() + " is not in " + version() + "; nearest existing parent " + c.parent().dotted());
            c = c.parent();
        }
        if (release.entry(c).isEmpty()) {
            return Optional.empty();
        }
        for (int guard = 0; guard < 8; guard++) {
            IcdCmEntry e = release.entry(c).orElseThrow();
            if (e.billable()) {
                steps.add(c.dotted() + " billable: " + e.longTitle());
                return Optional.of(new Result(c, steps, questions, guidelines));
            }
            List<IcdCmEntry> kids = subdivisions(c);
            IcdCmCode next;
            if (!kids.isEmpty()) {
                next = chooseChild(c, e, kids, s, options, steps, questions);
            } else {
                next = seventh(c, s, options, steps, questions, guidelines);
            }
            if (next == null) {
                return Optional.empty();
            }
            c = next;
        }
        return Optional.empty();
    }

    private String version() {
        return "ICD-10-CM " + release.info().version();
    }

    /** Children that subdivide the code (not its 7th-character extensions). */
    private List<IcdCmEntry> subdivisions(IcdCmCode c) {
        List<IcdCmEntry> kids = release.children(c);
        if (release.seventhCharacters(c).isEmpty()) {
            return kids;
        }
        return kids.stream().filter(k -> k.code().value().length() < 7).toList();
    }

    private IcdCmCode chooseChild(IcdCmCode c, IcdCmEntry parent, List<IcdCmEntry> kids, Statement s,
            EncodeOptions options, List<String> steps, List<OpenQuestion> questions) {
        String answer = options.answers().get(c.dotted());
        if (answer != null) {
            for (IcdCmEntry k : kids) {
                if (k.code().dotted().equalsIgnoreCase(answer) || k.code().value().equalsIgnoreCase(answer)) {
                    steps.add(c.dotted() + " header -> " + k.code().dotted() + " (answered)");
                    return k.code();
                }
            }
        }
        Set<Integer> common = commonWords(kids);
        IcdCmEntry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int bestMatched = 0;
        for (IcdCmEntry k : kids) {
            int[] w = words(k);
            int matched = 0;
            double score = 0;
            for (int id : w) {
                if (common.contains(id)) {
                    continue;
                }
                if (s.bit(id) != 0) {
                    matched++;
                    score += 1;
                } else if (!negated(id)) {
                    score -= 0.5;
                }
            }
            if (isUnspecified(k)) {
                score += 0.3;
            }
            if (score > bestScore) {
                best = k;
                bestScore = score;
                bestMatched = matched;
            }
        }
        steps.add(c.dotted() + " is a header (" + parent.longTitle() + ") -> " + best.code().dotted() + " "
                + best.longTitle());
        if (bestMatched == 0 && kids.size() > 1) {
            questions.add(question(c, parent, kids, best));
        }
        return best.code();
    }

    private OpenQuestion question(IcdCmCode c, IcdCmEntry parent, List<IcdCmEntry> kids, IcdCmEntry assumed) {
        List<OpenQuestion.Answer> answers = kids.stream()
                .map(k -> new OpenQuestion.Answer(k.code().dotted(), k.longTitle())).toList();
        String what = laterality(kids) ? "Which side (laterality)?" : "Which one applies?";
        return new OpenQuestion(c.dotted(), what + " " + parent.longTitle(), answers, assumed.code().dotted());
    }

    private static boolean laterality(List<IcdCmEntry> kids) {
        return kids.stream().anyMatch(k -> k.longTitle().toLowerCase().matches(".*\\b(right|left)\\b.*"));
    }

    /** Words every child shares: they cannot decide between them. */
    private Set<Integer> commonWords(List<IcdCmEntry> kids) {
        Set<Integer> common = null;
        for (IcdCmEntry k : kids) {
            Set<Integer> w = new HashSet<>();
            for (int id : words(k)) {
                w.add(id);
            }
            if (common == null) {
                common = w;
            } else {
                common.retainAll(w);
            }
        }
        return common == null ? Set.of() : common;
    }

    private boolean negated(int id) {
        return vocabulary.isNegated(id);
    }

    private static boolean isUnspecified(IcdCmEntry k) {
        String t = k.longTitle().toLowerCase();
        return t.contains("unspecified");
    }

    int[] words(IcdCmEntry e) {
        return titleWords.computeIfAbsent(e.code().value(), k -> vocabulary.internAll(IndexGraph.stripBoilerplate(e.longTitle())));
    }

    /** Adds the placeholder X up to six characters and the 7th character the statement supports. */
    private IcdCmCode seventh(IcdCmCode c, Statement s, EncodeOptions options, List<String> steps,
            List<OpenQuestion> questions, Set<String> guidelines) {
        List<SeventhCharacter> chars = release.seventhCharacters(c);
        if (chars.isEmpty()) {
            return null;
        }
        StringBuilder base = new StringBuilder(c.value());
        while (base.length() < 6) {
            base.append('X');
        }
        if (base.length() > c.value().length()) {
            steps.add("placeholder X: " + IcdCmCode.parse(base.toString()).dotted() + " (I.A.4)");
            guidelines.add("I.A.4");
        }
        String qid = IcdCmCode.parse(base.toString()).dotted() + "#7";
        SeventhCharacter chosen = null;
        String answer = options.answers().get(qid);
        if (answer != null) {
            chosen = chars.stream().filter(ch -> String.valueOf(ch.character()).equalsIgnoreCase(answer)).findFirst()
                    .orElse(null);
        }
        int matched = 0;
        if (chosen == null) {
            double best = Double.NEGATIVE_INFINITY;
            for (SeventhCharacter ch : chars) {
                int m = 0;
                double score = 0;
                for (int id : vocabulary.internAll(ch.meaning())) {
                    if (s.bit(id) != 0) {
                        m++;
                        score += 1;
                    } else {
                        score -= 0.2;
                    }
                }
                if (score > best) {
                    best = score;
                    chosen = ch;
                    matched = m;
                }
            }
        }
        guidelines.add("I.A.5");
        IcdCmCode full = IcdCmCode.parse(base.toString() + chosen.character());
        steps.add("7th character " + chosen.character() + " (" + chosen.meaning() + ") from the 7th-character table");
        if (answer == null && !encounterStated(s)) {
            questions.add(new OpenQuestion(qid, "Which encounter (7th character)?",
                    chars.stream().map(ch -> new OpenQuestion.Answer(String.valueOf(ch.character()), ch.meaning())).toList(),
                    String.valueOf(chosen.character())));
        }
        return release.entry(full).isPresent() ? full : null;
    }

    private static boolean encounterStated(Statement s) {
        return s.has("initial") || s.has("subsequent") || s.has("sequela") || s.has("sequelae");
    }
}
