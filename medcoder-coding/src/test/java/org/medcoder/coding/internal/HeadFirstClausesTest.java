package org.medcoder.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.medcoder.core.IcdCmCode;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;
import org.medcoder.encoder.Trail;
import org.medcoder.nlp.AnalyzedNote;
import org.medcoder.nlp.ClinicalPipeline;

class HeadFirstClausesTest {

    private static final ClinicalPipeline PIPELINE = new ClinicalPipeline();

    /** A made-up encoder that, like the Index, knows "distention abdomen" (R14.0) and "anemia" (D64.9) only. */
    private final List<String> asked = new ArrayList<>();
    private final Function<String, EncodeResult> encoder = s -> {
        asked.add(s);
        List<EncodedCode> codes = new ArrayList<>();
        if (s.startsWith("distention abdomen")) {
            codes.add(code("R14.0", "Distension, abdomen -> R14.0"));
        }
        if (s.contains("anemia")) {
            codes.add(code("D64.9", "Anemia -> D64.9"));
        }
        return new EncodeResult(s, codes, List.of(), List.of(), "test");
    };

    private static EncodedCode code(String code, String path) {
        return new EncodedCode(IcdCmCode.parse(code), "title", new Trail(path, List.of(), List.of(), "test"));
    }

    private List<ConceptHit> match(String text) {
        AnalyzedNote note = PIPELINE.analyze(text);
        ClauseEncoder clauses = new ClauseEncoder((n, g) -> List.of(), encoder, ClauseEncoder.Mode.ALL);
        return new HeadFirstClauses(clauses, encoder).match(note, Grams.of(note));
    }

    @Test
    void headFirst_adjectiveBeforeCondition_conditionFirstWithOrganNoun() {
        assertThat(HeadFirstClauses.headFirst("abdominal distention")).isEqualTo("distention abdomen");
        assertThat(HeadFirstClauses.headFirst("the renal colic")).isEqualTo("colic kidney");
    }

    @Test
    void headFirst_oneWordTooManyWordsOrNumbers_empty() {
        assertThat(HeadFirstClauses.headFirst("distention")).isEmpty();
        assertThat(HeadFirstClauses.headFirst("a very long clause of many words")).isEmpty();
        assertThat(HeadFirstClauses.headFirst("5 cm")).isEmpty();
    }

    @Test
    void match_clauseTheEncoderCouldNotRead_readHeadFirst() {
        List<ConceptHit> hits = match("She presented abdominal distention and anemia.");

        ConceptHit r14 = hits.stream().filter(h -> h.code().replace(".", "").equals("R140")).findFirst().orElseThrow();
        assertThat(ClauseEncoder.isClause(r14)).isTrue();
        assertThat(r14.source()).contains("(head first)");
        assertThat(hits).extracting(h -> h.code().replace(".", "")).contains("D649");
    }

    @Test
    void match_clauseTheEncoderRead_notReadAgain() {
        match("She had anemia.");

        assertThat(asked).hasSize(1).allMatch(s -> s.endsWith("anemia"));
    }

    @Test
    void words_anyTrimmedText_sameAsRegexSplit() {
        qt().forAll(strings().betweenCodePoints(0, 0x80).ofLengthBetween(0, 20)).checkAssert(t -> {
            String trimmed = t.trim();
            assertThat(HeadFirstClauses.words(trimmed)).containsExactly(trimmed.split("\\s+"));
        });
    }
}
