package org.medcoder.coding.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medcoder.codesets.PcsRelease;
import org.medcoder.nlp.AnalyzedNote;
import org.medcoder.nlp.Token;

/**
 * Builds ICD-10-PCS codes from the procedures a note names, character by character from the FY2026 tables: the
 * root operation (or imaging type) from the verb or noun ("resection", "biopsy", "ultrasound", "-ectomy"), the body
 * part from the words around it matched against the body-part values of the tables with that operation (their labels
 * and the terms the Definitions' body-part key includes), then approach, device and qualifier from the sentence when
 * stated and by the Official Guidelines when not ({@link PcsAssembly}). Every code is one the table row allows.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class PcsBuilder {

    /** Words before an operation word that may name its body part ("abdominal ultrasound"). */
    private static final int BACK = 4;
    /** Words after it ("ultrasound of the upper abdomen and pelvis"). */
    private static final int FORWARD = 6;

    /**
     * A code built from a note.
     *
     * @param code   the seven-character code
     * @param from   the first token of the evidence
     * @param to     one past the last token
     * @param trail  the table, row and each character's source
     * @param stated how many of the characters 3-7 the note's words gave (2: operation and body part, up to 5)
     */
    public record Match(String code, int from, int to, String trail, int stated) {

        /** The four-character concept the procedure model reads, with the trail as its source. */
        public ConceptHit hit() {
            return new ConceptHit(code.substring(0, 4), from, to, trail, stated);
        }
    }

    /** An operation or imaging word (or a modifier word) found in a note. */
    record Found(PcsWords.Cue cue, char section, int from, int to, PcsWords.Form form) {

        /** The operation / imaging type / device title the word names ({@link PcsWords.Cue#value}). */
        String title() {
            return cue.value();
        }
    }

    private final PcsWords words;
    private final PcsBodyParts parts;

    private PcsBuilder(PcsWords words, PcsBodyParts parts) {
        this.words = words;
        this.parts = parts;
    }

    /** A builder over one release's tables and definitions. */
    public static PcsBuilder of(PcsRelease release) {
        return new PcsBuilder(PcsWords.DEFAULT, PcsBodyParts.of(release, PcsWords.DEFAULT));
    }

    /** The codes built from a note, in text order (one per operation word and body part). */
    public List<Match> build(AnalyzedNote note) {
        List<Token> tokens = note.tokens();
        String[] stems = new String[tokens.size()];
        for (int i = 0; i < stems.length; i++) {
            stems[i] = Terms.stem(tokens.get(i).term());
        }
        List<Found> operations = new ArrayList<>();
        List<Found> modifiers = new ArrayList<>();
        boolean[] operationAt = new boolean[stems.length];
        for (int i = 0; i < stems.length; i++) {
            find(tokens, stems, i, operations, modifiers);
        }
        operations.forEach(f -> operationAt[f.from()] = true);
        List<Match> out = new ArrayList<>();
        for (Found op : operations) {
            out.addAll(resolve(note, stems, op, modifiers, operationAt));
        }
        return out;
    }

    /** The four-character concepts of built codes, as the procedure model reads them ({@link Match#hit}). */
    public static List<ConceptHit> hits(List<Match> matches) {
        return matches.stream().map(Match::hit).toList();
    }

    /** The best built code of each four-character prefix (most characters stated, then first in the note). */
    public static Map<String, Match> bestByPrefix(List<Match> matches) {
        Map<String, Match> out = new LinkedHashMap<>();
        for (Match m : matches) {
            out.merge(m.code().substring(0, 4), m, (a, b) -> b.stated() > a.stated() ? b : a);
        }
        return out;
    }

    private void find(List<Token> tokens, String[] stems, int i, List<Found> operations, List<Found> modifiers) {
        String term = tokens.get(i).term();
        PcsWords.Suffix s = words.suffixOf(term);
        PcsWords.Form form = s == null ? null : words.formOf(term.substring(0, term.length() - s.ending().length()));
        List<Found> ops = new ArrayList<>(1);
        boolean phrase = false;
        List<PcsWords.Cue> cues = words.cuesStartingWith(stems[i]);
        for (int k = 0; k < cues.size(); k++) { // indexed: no iterator for every token of the note
            PcsWords.Cue c = cues.get(k);
            int end = phraseEnd(tokens, stems, i, c.words());
            if (end < 0) {
                continue;
            }
            switch (c.kind()) {
                case OPERATION, IMAGING, EXTRACORPOREAL -> {
                    char section = c.kind() == PcsWords.Kind.IMAGING ? 'B'
                            : c.kind() == PcsWords.Kind.EXTRACORPOREAL ? '5' : '0';
                    if (parts.hasOperation(section, c.value())) {
                        ops.add(new Found(c, section, i, end, form));
                    }
                }
                default -> {
                    modifiers.add(new Found(c, '0', i, end, null));
                    phrase |= end - i > 1;
                }
            }
        }
        if (ops.isEmpty() && form != null && parts.hasOperation('0', s.title())) {
            ops.add(new Found(new PcsWords.Cue(PcsWords.Kind.OPERATION, s.title(), new String[] {term}), '0', i, i + 1,
                    form));
        }
        // A word inside a modifier phrase ("drainage tube", "fine needle aspiration") is not an operation of its own.
        if (!phrase) {
            operations.addAll(ops);
        }
    }

    /** One past the phrase's last token when the words from {@code i} are the phrase, else -1. */
    private static int phraseEnd(List<Token> tokens, String[] stems, int i, String[] phrase) {
        if (i + phrase.length > stems.length) {
            return -1;
        }
        for (int k = 1; k < phrase.length; k++) {
            if (!stems[i + k].equals(phrase[k]) || tokens.get(i + k).sentence() != tokens.get(i).sentence()) {
                return -1;
            }
        }
        return i + phrase.length;
    }

    private List<Match> resolve(AnalyzedNote note, String[] stems, Found op, List<Found> modifiers,
            boolean[] operationAt) {
        List<Token> tokens = note.tokens();
        int[] window = window(tokens, stems, op, operationAt);
        Map<String, Integer> present = new HashMap<>();
        PcsBodyParts.Side side = PcsBodyParts.Side.NONE;
        int sideAt = -1;
        for (int j = window[0]; j < window[1]; j++) {
            String t = tokens.get(j).term();
            if (!Character.isLetter(t.charAt(0))) {
                continue;
            }
            present.putIfAbsent(words.normOfStem(stems[j]), j); // stems: stemmed once per note, not per window
            for (String part : words.compound(t)) {
                present.putIfAbsent(words.norm(part), j);
            }
            PcsBodyParts.Side now = side(t, side);
            sideAt = now != side ? j : sideAt;
            side = now;
        }
        if (op.form() != null) {
            op.form().bodyWords().forEach(w -> present.putIfAbsent(words.norm(w), op.from()));
        }
        PcsAssembly assembly = new PcsAssembly(note, op, window, modifiers);
        List<PcsBodyParts.Entry> entries = best(parts.entries(op.section(), assembly.title(), present.keySet()), present,
                side, op.section());
        if (entries.isEmpty() && withWholes(present)) {
            // B4.1a: a part without a value of its own in these tables is coded to the whole body part.
            entries = best(parts.entries(op.section(), assembly.title(), present.keySet()), present, side, op.section());
        }
        List<Match> out = new ArrayList<>();
        for (PcsBodyParts.Entry e : entries) {
            int[] body = {Integer.MAX_VALUE, -1};
            for (String w : e.words()) {
                int j = present.get(w);
                body[0] = Math.min(body[0], j);
                body[1] = Math.max(body[1], j + 1);
            }
            if (sideAt >= 0 && e.side() != PcsBodyParts.Side.NONE) {
                body[0] = Math.min(body[0], sideAt);
                body[1] = Math.max(body[1], sideAt + 1);
            }
            assembly.build(e, body).ifPresent(out::add);
        }
        return out;
    }

    /** Adds the words of the whole body part of each part word present; whether any was added. */
    private boolean withWholes(Map<String, Integer> present) {
        Map<String, Integer> added = new HashMap<>();
        present.forEach((w, at) -> words.wholeOf(w).forEach(x -> added.putIfAbsent(words.norm(x), at)));
        added.keySet().removeAll(present.keySet());
        present.putAll(added);
        return !added.isEmpty();
    }

    /** The tokens around an operation word that may name its body part: same sentence, no other operation. */
    private static int[] window(List<Token> tokens, String[] stems, Found op, boolean[] operationAt) {
        int sentence = tokens.get(op.from()).sentence();
        int lo = op.from();
        while (lo > 0 && op.from() - lo < BACK && tokens.get(lo - 1).sentence() == sentence
                && Character.isLetterOrDigit(stems[lo - 1].charAt(0)) && !operationAt[lo - 1]) {
            lo--;
        }
        // "CT of the chest, abdomen and pelvis": a list after "of" belongs to the operation; "chest X-ray, abdominal
        // ultrasound" and "chest X-ray and abdominal radiograph" are two procedures.
        boolean list = op.to() < stems.length && stems[op.to()].equals("of");
        int hi = op.to();
        while (hi < tokens.size() && hi - op.to() < FORWARD && tokens.get(hi).sentence() == sentence
                && !operationAt[hi] && (list || !stems[hi].equals("and") && !stems[hi].equals("or"))
                && (Character.isLetterOrDigit(stems[hi].charAt(0)) || list && stems[hi].equals(","))) {
            hi++;
        }
        return new int[] {lo, hi};
    }

    private static PcsBodyParts.Side side(String term, PcsBodyParts.Side now) {
        return switch (term) {
            case "right" -> now == PcsBodyParts.Side.LEFT ? PcsBodyParts.Side.BILATERAL : PcsBodyParts.Side.RIGHT;
            case "left" -> now == PcsBodyParts.Side.RIGHT ? PcsBodyParts.Side.BILATERAL : PcsBodyParts.Side.LEFT;
            case "bilateral", "both" -> PcsBodyParts.Side.BILATERAL;
            default -> now;
        };
    }

    private static double sideScore(PcsBodyParts.Side stated, PcsBodyParts.Side value, char section) {
        if (stated != PcsBodyParts.Side.NONE) {
            return value == stated ? 0.5 : 0;
        }
        if (value == PcsBodyParts.Side.BILATERAL) {
            return section == 'B' ? 0.5 : -0.5;
        }
        return value == PcsBodyParts.Side.NONE ? 0.5 : 0;
    }

    /**
     * The body-part values whose words the window holds, the most specific first (Guideline B4.1a: the note's part
     * of a body part without its own value is coded to the whole; the label with the most matching words is the most
     * specific value the note supports). A stated side picks the value of that side. With no side stated, a
     * procedure (section 0) keeps right and left for the model to weigh but not the bilateral value (B4.3: the
     * bilateral value is for the identical procedure stated on both sides), and imaging of paired organs takes the
     * bilateral value (a renal ultrasound shows both kidneys). At most four, one per table and value.
     */
    private static List<PcsBodyParts.Entry> best(List<PcsBodyParts.Entry> entries, Map<String, Integer> present,
            PcsBodyParts.Side side, char section) {
        double best = 0;
        Map<String, PcsBodyParts.Entry> out = new LinkedHashMap<>();
        for (PcsBodyParts.Entry e : entries) {
            if (!present.keySet().containsAll(e.words())) {
                continue;
            }
            if (side != PcsBodyParts.Side.NONE && e.side() != PcsBodyParts.Side.NONE && e.side() != side) {
                continue;
            }
            double score = e.words().size() + sideScore(side, e.side(), section);
            if (score > best) {
                best = score;
                out.clear();
            }
            if (score == best) {
                out.putIfAbsent(e.table().prefix() + e.value().code(), e);
            }
        }
        return out.values().stream().limit(4).toList();
    }
}
