package org.medcoder.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.medcoder.core.IcdCmCode;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;
import org.medcoder.encoder.Trail;
import org.medcoder.nlp.AnalyzedNote;
import org.medcoder.nlp.ClinicalPipeline;

class ClauseEncoderTest {

    private static final ClinicalPipeline PIPELINE = new ClinicalPipeline();

    /** A made-up encoder: "blood pressure" → I10, "anemia" → D64.9, anything else → nothing. */
    private final List<String> asked = new ArrayList<>();
    private final Function<String, EncodeResult> encoder = s -> {
        asked.add(s);
        List<EncodedCode> codes = new ArrayList<>();
        if (s.contains("blood pressure")) {
            codes.add(code("I10", "Hypertension, essential -> I10"));
        }
        if (s.contains("anemia")) {
            codes.add(code("D64.9", "Anemia -> D64.9"));
        }
        return new EncodeResult(s, codes, List.of(), List.of(), "test");
    };

    private static EncodedCode code(String code, String path) {
        return new EncodedCode(IcdCmCode.parse(code), "title", new Trail(path, List.of(), List.of(), "test"));
    }

    /** A dictionary that finds "anemia" only. */
    private static final ConceptMatcher DICTIONARY = (note, grams) -> {
        List<ConceptHit> hits = new ArrayList<>();
        for (int i = 0; i < note.tokens().size(); i++) {
            if (note.tokens().get(i).term().equals("anemia")) {
                hits.add(new ConceptHit("D649", i, i + 1, "Index: Anemia", 1));
            }
        }
        return hits;
    };

    private List<ConceptHit> match(ClauseEncoder.Mode mode, String text) {
        AnalyzedNote note = PIPELINE.analyze(text);
        return new ClauseEncoder(DICTIONARY, encoder, mode).match(note, Grams.of(note));
    }

    @Test
    void match_clauseTheDictionaryMissed_becomesAClauseHit() {
        List<ConceptHit> hits = match(ClauseEncoder.Mode.UNMATCHED, "She had high blood pressure and anemia.");
        assertThat(hits).extracting(ConceptHit::code).containsExactlyInAnyOrder("D649", "I10");
        ConceptHit clause = hits.stream().filter(ClauseEncoder::isClause).findFirst().orElseThrow();
        assertThat(clause.code()).isEqualTo("I10");
        assertThat(clause.source()).startsWith(ClauseEncoder.SOURCE).contains("Hypertension, essential");
        assertThat(clause.words()).isEqualTo(2); // two index levels
        assertThat(asked).containsExactly("she had high blood pressure"); // the matched clause is not re-read
    }

    @Test
    void match_modeAll_readsMatchedClausesToo() {
        List<ConceptHit> hits = match(ClauseEncoder.Mode.ALL, "She had high blood pressure and anemia.");
        assertThat(hits.stream().filter(ClauseEncoder::isClause).map(ConceptHit::code)).containsExactlyInAnyOrder("I10", "D649");
    }

    @Test
    void match_modeOff_dictionaryOnly() {
        assertThat(match(ClauseEncoder.Mode.OFF, "She had high blood pressure and anemia."))
                .extracting(ConceptHit::code).containsExactly("D649");
        assertThat(asked).isEmpty();
    }

    @Test
    void match_sameClauseTwice_encodedOnce() {
        ClauseEncoder matcher = new ClauseEncoder(DICTIONARY, encoder, ClauseEncoder.Mode.ALL);
        for (String text : List.of("High blood pressure.", "High blood pressure.")) {
            AnalyzedNote note = PIPELINE.analyze(text);
            assertThat(matcher.match(note, Grams.of(note))).extracting(ConceptHit::code).containsExactly("I10");
        }
        assertThat(asked).hasSize(1);
    }

    @Test
    void emptyTextMemos_clauseSeenBefore_encodedAgainWithTheSameHitsAndDictionaryEmptied() {
        List<String> emptied = new ArrayList<>();
        ConceptMatcher dictionary = new ConceptMatcher() {
            @Override
            public List<ConceptHit> match(AnalyzedNote note, Map<String, List<int[]>> grams) {
                return DICTIONARY.match(note, grams);
            }

            @Override
            public void emptyTextMemos() {
                emptied.add("dictionary");
            }
        };
        ClauseEncoder matcher = new ClauseEncoder(dictionary, encoder, ClauseEncoder.Mode.ALL);
        AnalyzedNote note = PIPELINE.analyze("She had high blood pressure and anemia.");
        List<ConceptHit> first = matcher.match(note, Grams.of(note));
        matcher.match(note, Grams.of(note));
        int once = asked.size();

        matcher.emptyTextMemos();
        List<ConceptHit> again = matcher.match(note, Grams.of(note));

        assertThat(asked).hasSize(2 * once);
        assertThat(again).isEqualTo(first).extracting(ConceptHit::code).contains("I10", "D649");
        assertThat(emptied).containsExactly("dictionary");
    }

    @Test
    void candidates_clauseHit_ownFeaturesNotADictionaryHit() {
        AnalyzedNote note = PIPELINE.analyze("She had high blood pressure and anemia.");
        List<ConceptHit> hits = new ClauseEncoder(DICTIONARY, encoder, ClauseEncoder.Mode.UNMATCHED).match(note, Grams.of(note));
        Map<String, Candidate> candidates = CandidateGenerator.candidates(note, Grams.of(note), null, hits, true);
        Candidate i10 = candidates.get("I10");
        assertThat(i10.dictionary()).isNull();
        assertThat(i10.clause()).isNotNull();
        assertThat(i10.occurrences()).hasSize(1);
        int clauseFeature = CandidateGenerator.FEATURES - 7;
        assertThat(i10.features[clauseFeature]).isEqualTo(1.0);
        assertThat(i10.features[clauseFeature + 1]).isEqualTo(1.0); // clause only
        assertThat(candidates.get("D649").features[clauseFeature]).isEqualTo(0.0);
    }

    @Test
    void depth_countsIndexLevels() {
        assertThat(ClauseEncoder.depth("Calculus, kidney, with calculus, ureter -> N20.2")).isEqualTo(4);
        assertThat(ClauseEncoder.depth("Anemia -> D64.9")).isEqualTo(1);
        assertThat(ClauseEncoder.depth("use additional code at E11.22 (N18.1-N18.6)")).isZero();
    }
}
