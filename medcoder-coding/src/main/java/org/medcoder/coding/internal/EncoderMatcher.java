package org.medcoder.coding.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;
import org.medcoder.encoder.Encoder;
import org.medcoder.nlp.AnalyzedNote;

/**
 * Concept → code through the encoder: each phrase the dictionary found (e.g. "enlarged right testis") is encoded
 * the way a coder would, Alphabetic Index then Tabular (I.B.1), which yields billable codes, combination codes
 * and the index path as evidence. Results are cached per phrase, with a bound so memory stays flat over any
 * number of documents.
 */
public final class EncoderMatcher implements ConceptMatcher {

    private static final int MAX_PHRASE_WORDS = 6;
    private static final int CACHE_LIMIT = 50_000;

    private record Encoded(String code, String path) {
    }

    private final ConceptMatcher dictionary;
    private final BoundedMemo<Encoded> encoded;

    public EncoderMatcher(ConceptMatcher dictionary, Encoder encoder) {
        this.dictionary = dictionary;
        this.encoded = new BoundedMemo<>(CACHE_LIMIT, phrase -> encode(encoder, phrase));
    }

    @Override
    public void emptyTextMemos() {
        encoded.clear();
        dictionary.emptyTextMemos();
    }

    @Override
    public List<ConceptHit> match(AnalyzedNote note, Map<String, List<int[]>> grams) {
        List<ConceptHit> hits = dictionary.match(note, grams);
        List<ConceptHit> out = new ArrayList<>(hits);
        // Each span once: its start and length as one int (a long of start and end hashed as start ^ end, and
        // spans of a note collided into long bucket chains).
        Set<Integer> done = new HashSet<>();
        for (ConceptHit h : hits) {
            int length = h.to() - h.from();
            if (length > MAX_PHRASE_WORDS || !done.add(h.from() * (MAX_PHRASE_WORDS + 1) + length)) {
                continue;
            }
            String phrase = note.span(h.from(), h.to()).in(note.text()).toLowerCase(Locale.ROOT);
            List<Encoded> found = encoded.get(phrase);
            for (int i = 0; i < found.size(); i++) { // indexed: no iterator for every hit of the note
                Encoded e = found.get(i);
                out.add(new ConceptHit(e.code, h.from(), h.to(), "Encoder: " + e.path, h.words() + 1));
            }
        }
        return out;
    }

    private static List<Encoded> encode(Encoder encoder, String phrase) {
        EncodeResult r = encoder.encode(phrase);
        List<Encoded> codes = new ArrayList<>();
        for (EncodedCode c : r.codes()) {
            codes.add(new Encoded(c.code().value(), c.trail().indexPath()));
        }
        return codes;
    }
}
