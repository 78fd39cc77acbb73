package org.medcoder.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medcoder.nlp.AnalyzedNote;
import org.medcoder.nlp.ClinicalPipeline;

class ClauseSplitterTest {

    private static final ClinicalPipeline PIPELINE = new ClinicalPipeline();

    private static List<String> clauses(String text) {
        AnalyzedNote note = PIPELINE.analyze(text);
        return ClauseSplitter.clauses(note).stream().map(c -> ClauseSplitter.statement(note, c[0], c[1])).toList();
    }

    @Test
    void clauses_commasAndCoordination_splitTheSentence() {
        assertThat(clauses("She had fever, productive cough and left pleural effusion."))
                .containsExactly("she had fever", "productive cough", "left pleural effusion");
    }

    @Test
    void clauses_withAndWithout_stayInsideTheClause() {
        assertThat(clauses("Type 2 diabetes with chronic kidney disease or anemia without bleeding."))
                .containsExactly("type 2 diabetes with chronic kidney disease", "anemia without bleeding");
    }

    @Test
    void clauses_parenthesesAndSemicolons_split() {
        assertThat(clauses("Renal mass (left); hematuria."))
                .containsExactly("renal mass", "left", "hematuria");
    }

    @Test
    void clauses_neverCrossASentence() {
        assertThat(clauses("Chronic gastritis. Iron deficiency anemia"))
                .containsExactly("chronic gastritis", "iron deficiency anemia");
    }

    @Test
    void clauses_longNarrative_skipped() {
        String narrative = "the patient was taken to the room " .repeat(5); // 35 tokens without a break
        assertThat(clauses(narrative + ", anemia.")).containsExactly("anemia");
    }

    @Test
    void statement_abbreviation_readExpanded() {
        assertThat(clauses("History of HTN")).singleElement().asString().contains("hypertension");
    }

    @Test
    void clauses_emptyNote_none() {
        assertThat(clauses("")).isEmpty();
    }
}
