package org.medcoder.coding.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;
import org.medcoder.encoder.Encoder;
import org.medcoder.encoder.Setting;
import org.medcoder.nlp.AnalyzedNote;

/**
 * A second concept source beside the dictionary: every short clause of the note ({@link ClauseSplitter}) is read
 * by the encoder as one diagnostic statement (Alphabetic Index, then Tabular, I.B.1), so a condition the
 * dictionary's word windows miss ("high blood pressure", a subterm two levels down) can still become a candidate.
 * Its hits carry the source prefix {@value #SOURCE} so the classifier weighs them apart from dictionary hits.
 * Results are memoised per clause text, with a bound so memory stays flat over any number of documents.
 */
public final class ClauseEncoder implements ConceptMatcher {

    /** The source prefix of a clause hit. */
    public static final String SOURCE = "Encoder (clause): ";

    /** Which clauses are encoded. */
    public enum Mode {
        /** None (the dictionary alone). */
        OFF,
        /** Clauses no dictionary hit overlaps. */
        UNMATCHED,
        /** Every clause. */
        ALL
    }

    private static final int CACHE_LIMIT = 50_000;
    /** Inpatient: an uncertain diagnosis ("probable", "suspected") is coded as if established (II.H, III.C). */
    static final EncodeOptions INPATIENT = EncodeOptions.defaults().withSetting(Setting.INPATIENT);

    record Encoded(String code, String path, int depth) {
    }

    private final ConceptMatcher dictionary;
    private final Mode mode;
    private final BoundedMemo<Encoded> encoded;

    /** A matcher giving the dictionary's hits, then the clause hits of the encoder in the inpatient setting. */
    public ClauseEncoder(ConceptMatcher dictionary, Encoder encoder, Mode mode) {
        this(dictionary, s -> encoder.encode(s, INPATIENT), mode);
    }

    ClauseEncoder(ConceptMatcher dictionary, Function<String, EncodeResult> encoder, Mode mode) {
        this.dictionary = dictionary;
        this.mode = mode;
        this.encoded = new BoundedMemo<>(CACHE_LIMIT, statement -> encode(encoder, statement));
    }

    /** Whether a hit came from a clause. */
    public static boolean isClause(ConceptHit h) {
        return h.source().startsWith(SOURCE);
    }

    @Override
    public void emptyTextMemos() {
        encoded.clear();
        dictionary.emptyTextMemos();
    }

    @Override
    public List<ConceptHit> match(AnalyzedNote note, Map<String, List<int[]>> grams) {
        return match(note, grams, ClauseSplitter.clauses(note));
    }

    /** The hits, given the note's clauses ({@link ClauseSplitter#clauses}; split once per note, also for {@link HeadFirstClauses}). */
    List<ConceptHit> match(AnalyzedNote note, Map<String, List<int[]>> grams, List<int[]> clauses) {
        List<ConceptHit> hits = dictionary.match(note, grams);
        if (mode == Mode.OFF) {
            return hits;
        }
        boolean[] covered = new boolean[note.tokens().size()];
        for (ConceptHit h : hits) {
            for (int i = h.from(); i < h.to() && i < covered.length; i++) {
                covered[i] = true;
            }
        }
        List<ConceptHit> out = new ArrayList<>(hits);
        for (int[] c : clauses) {
            if (mode == Mode.UNMATCHED && any(covered, c[0], c[1])) {
                continue;
            }
            List<Encoded> found = encoded.get(ClauseSplitter.statement(note, c[0], c[1]));
            for (int i = 0; i < found.size(); i++) { // indexed: no iterator for every clause of the note
                Encoded e = found.get(i);
                // words: how deep the index path went (the encoder's own specificity).
                out.add(new ConceptHit(e.code, c[0], c[1], SOURCE + e.path, Math.min(5, e.depth)));
            }
        }
        return out;
    }

    private static boolean any(boolean[] covered, int from, int to) {
        for (int i = from; i < to; i++) {
            if (covered[i]) {
                return true;
            }
        }
        return false;
    }

    static List<Encoded> encode(Function<String, EncodeResult> encoder, String statement) {
        List<Encoded> codes = new ArrayList<>();
        for (EncodedCode c : encoder.apply(statement).codes()) {
            String path = c.trail().indexPath();
            codes.add(new Encoded(c.code().value(), path, depth(path)));
        }
        return codes;
    }

    /**
     * Index levels of a path: "Calculus, kidney, with calculus, ureter -> N20.2" is 4; 0 for a code the encoder
     * added without an index walk of its own (a paired "use additional code" note, a code added to the release).
     */
    static int depth(String path) {
        int arrow = path.indexOf("->");
        if (arrow < 0) {
            return 0;
        }
        String head = path.substring(0, arrow);
        int n = 1;
        for (int i = 0; i < head.length(); i++) {
            n += head.charAt(i) == ',' ? 1 : 0;
        }
        return n;
    }
}
