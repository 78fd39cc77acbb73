package org.medcoder.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medcoder.codesets.AlphabeticIndex;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.IndexTerm;
import org.medcoder.nlp.AnalyzedNote;
import org.medcoder.nlp.ClinicalPipeline;

/** Dictionary matching on a small made-up Alphabetic Index laid out like the official one. */
class IndexDictionaryTest {

    private static final ClinicalPipeline PIPELINE = new ClinicalPipeline();

    private static IndexTerm term(String title, String code, String see, IndexTerm... subterms) {
        return new IndexTerm(title, List.of(), code, "", see, "", "", List.of(), List.of(subterms));
    }

    /** Main terms as the Index prints them: a term that only says "see", organs as subterms, two levels deep. */
    private static final List<IndexTerm> MAIN_TERMS = List.of(
            term("Calculus, calculi, calculous", "N20.9", "",
                    term("kidney", "N20.0", "", term("with calculus, ureter", "N20.2", "")),
                    term("ureter", "N20.1", "")),
            term("Lithiasis", "", "Calculus"),
            term("Pancreatitis", "K85.90", "",
                    term("chronic", "K86.1", "", term("alcohol-induced", "K86.0", ""))),
            term("Retention", "", "", term("urine", "R33.9", "")));

    private static final IndexDictionary DICTIONARY = IndexDictionary.of(release());

    private static List<String> codes(String text) {
        AnalyzedNote note = PIPELINE.analyze(text);
        return DICTIONARY.match(note, Grams.of(note)).stream().map(ConceptHit::code).distinct().toList();
    }

    @Test
    void match_adjectiveOfTheOrgan_findsTheOrganSubterm() {
        assertThat(codes("She came with acute urinary retention.")).contains("R339");
    }

    @Test
    void match_termThatOnlySaysSee_reachesTheTargetsSubterms() {
        assertThat(codes("Ultrasound showed a ureteral lithiasis.")).containsExactly("N201");
    }

    @Test
    void match_secondLevelSubterm_isMoreSpecificThanTheFirst() {
        assertThat(codes("Known chronic alcohol-induced pancreatitis.")).containsExactly("K860");
        assertThat(codes("Known chronic pancreatitis.")).containsExactly("K861");
    }

    @Test
    void match_latinPluralsAndAdjectives_reachTheCombinationEntry() {
        assertThat(codes("CT showed renal and ureteral calculi.")).contains("N202");
    }

    @Test
    void match_organWordAbsent_findsOnlyTheMainTerm() {
        assertThat(codes("A calculus was removed.")).containsExactly("N209");
        assertThat(codes("The retention of fluids.")).isEmpty();
    }

    private static IcdCmRelease release() {
        AlphabeticIndex index = new AlphabeticIndex() {
            @Override
            public List<String> columns() {
                return List.of();
            }

            @Override
            public List<IndexTerm> mainTerms() {
                return MAIN_TERMS;
            }

            @Override
            public Optional<IndexTerm> mainTerm(String title) {
                return MAIN_TERMS.stream().filter(t -> t.title().equalsIgnoreCase(title)).findFirst();
            }

            @Override
            public String source() {
                return "made-up index";
            }
        };
        return new StubIcdCmRelease() {
            @Override
            public AlphabeticIndex index() {
                return index;
            }

            @Override
            public AlphabeticIndex neoplasmTable() {
                return index;
            }

            @Override
            public AlphabeticIndex drugTable() {
                return index;
            }

            @Override
            public AlphabeticIndex externalCauseIndex() {
                return index;
            }
        };
    }
}
