package org.medcoder.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClinicalPipelineTest extends BasePipelineTestCase {

    @Test
    void analyze_randomText_keepsOffsetsConsistent() {
        forRandomTexts(text -> assertConsistent(PIPELINE.analyze(text)));
    }

    @Test
    void analyze_emptyAndBlankText_givesNoTokens() {
        assertThat(PIPELINE.analyze("").tokens()).isEmpty();
        assertThat(PIPELINE.analyze(" \n\t ").tokens()).isEmpty();
    }

    @Test
    void detect_headings_startSectionsOfTheirKind() {
        String text = "CHIEF COMPLAINT: cough\nPast Medical History: asthma\nFamily history:\nmother had diabetes\n"
                + "Assessment and Plan: bronchitis";
        AnalyzedNote note = PIPELINE.analyze(text);
        assertConsistent(note);
        assertThat(note.sections()).extracting(Section::kind).containsExactly(SectionKind.CHIEF_COMPLAINT,
                SectionKind.PAST_MEDICAL_HISTORY, SectionKind.FAMILY_HISTORY, SectionKind.ASSESSMENT);
        assertThat(note.sections().get(1).heading().in(text)).isEqualTo("Past Medical History:");
    }

    @Test
    void split_periodsAndAbbreviations_breakOnlyAtSentenceEnds() {
        String text = "Seen by Dr. Smith on day 3. Fever of 38.5 C was noted. Treated with 2 mg. daily";
        List<Sentence> sentences = PIPELINE.analyze(text).sentences();
        assertThat(sentences).extracting(s -> s.span().in(text)).containsExactly(
                "Seen by Dr. Smith on day 3.", "Fever of 38.5 C was noted.", "Treated with 2 mg. daily");
    }

    @Test
    void expand_abbreviation_keepsOriginalSpan() {
        String text = "Known HTN and s/p appendectomy.";
        AnalyzedNote note = PIPELINE.analyze(text);
        assertConsistent(note);
        Token hypertension = note.tokens().stream().filter(t -> t.term().equals("hypertension")).findFirst().orElseThrow();
        assertThat(hypertension.span().in(text)).isEqualTo("HTN");
        assertThat(hypertension.expanded()).isTrue();
        assertThat(note.tokens()).extracting(Token::term).contains("status", "post");
    }

    @Test
    void expand_ambiguousLowerCase_isLeftAlone() {
        AnalyzedNote note = PIPELINE.analyze("the pe teacher");
        assertThat(note.tokens()).extracting(Token::term).containsExactly("the", "pe", "teacher");
    }
}
