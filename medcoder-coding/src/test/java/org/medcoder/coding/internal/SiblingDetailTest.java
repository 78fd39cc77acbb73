package org.medcoder.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.core.IcdCmCode;
import org.medcoder.nlp.AnalyzedNote;
import org.medcoder.nlp.ClinicalPipeline;

class SiblingDetailTest {

    private static final ClinicalPipeline PIPELINE = new ClinicalPipeline();

    /** A made-up category K85 "Acute pancreatitis" with its unspecified, biliary and alcohol-induced codes. */
    private static final Map<String, IcdCmEntry> ENTRIES = Map.of(
            "K85", entry("K85", false, "Acute pancreatitis"),
            "K859", entry("K85.9", true, "Acute pancreatitis, unspecified"),
            "K851", entry("K85.1", true, "Biliary acute pancreatitis"),
            "K852", entry("K85.2", true, "Alcohol induced acute pancreatitis"));

    private static final StubIcdCmRelease RELEASE = new StubIcdCmRelease() {
        @Override
        public Optional<IcdCmEntry> entry(IcdCmCode code) {
            return Optional.ofNullable(ENTRIES.get(code.value()));
        }

        @Override
        public List<IcdCmEntry> children(IcdCmCode code) {
            return code.value().equals("K85") ? List.of(ENTRIES.get("K859"), ENTRIES.get("K851"), ENTRIES.get("K852"))
                    : List.of();
        }
    };

    private static IcdCmEntry entry(String code, boolean billable, String title) {
        return new IcdCmEntry(IcdCmCode.parse(code), billable, title, title);
    }

    /** A dictionary that finds "pancreatitis" as K85.9 only. */
    private static final ConceptMatcher DICTIONARY = (note, grams) -> {
        List<ConceptHit> hits = new ArrayList<>();
        for (int i = 0; i < note.tokens().size(); i++) {
            if (note.tokens().get(i).term().equals("pancreatitis")) {
                hits.add(new ConceptHit("K859", i, i + 1, "Index: Pancreatitis, acute", 2));
            }
        }
        return hits;
    };

    private static List<ConceptHit> match(String text) {
        AnalyzedNote note = PIPELINE.analyze(text);
        return new SiblingDetail(DICTIONARY, RELEASE).match(note, Grams.of(note));
    }

    @Test
    void siblings_titleWordsTheCategoryLacks() {
        assertThat(SiblingDetail.siblings(RELEASE, "K85")).extracting(SiblingDetail.Sibling::code, SiblingDetail.Sibling::words)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("K851", List.of("biliary")),
                        org.assertj.core.groups.Tuple.tuple("K852", List.of("alcohol", "induced")));
    }

    @Test
    void match_detailInTheNextSentence_siblingHitOnTheCategoryMention() {
        List<ConceptHit> hits = match("She was admitted with acute pancreatitis. The cause was biliary sludge.");

        assertThat(hits).extracting(ConceptHit::code).containsExactly("K859", "K851");
        ConceptHit sibling = hits.get(1);
        assertThat(SiblingDetail.isSibling(sibling)).isTrue();
        assertThat(sibling.from()).isEqualTo(hits.get(0).from());
        assertThat(sibling.source()).contains("Biliary acute pancreatitis").contains("beside K85.9");
    }

    @Test
    void match_detailFarFromTheMention_noSiblingHit() {
        List<ConceptHit> hits = match("She was admitted with acute pancreatitis. Fluids were given. Pain improved. "
                + "Her brother had biliary colic.");
        assertThat(hits).extracting(ConceptHit::code).containsExactly("K859");
    }

    @Test
    void match_negatedDetail_noSiblingHit() {
        assertThat(match("She was admitted with acute pancreatitis. There was no biliary dilatation."))
                .extracting(ConceptHit::code).containsExactly("K859");
    }

    @Test
    void match_onlyPartOfTheDetail_noSiblingHit() {
        assertThat(match("Acute pancreatitis. He drinks alcohol daily.")).extracting(ConceptHit::code)
                .containsExactly("K859");
        assertThat(match("Acute pancreatitis. He drinks alcohol daily; it was alcohol induced."))
                .extracting(ConceptHit::code).containsExactly("K859", "K852");
    }

    @Test
    void siblings_categoryWithMoreThan40Codes_skipped() {
        List<IcdCmEntry> many = new ArrayList<>();
        for (int i = 0; i < 41; i++) {
            many.add(entry(String.format("S72.%03d", i), true, "Fracture of femur, variant " + i));
        }
        StubIcdCmRelease large = new StubIcdCmRelease() {
            @Override
            public Optional<IcdCmEntry> entry(IcdCmCode code) {
                return code.value().equals("S72") ? Optional.of(SiblingDetailTest.entry("S72", false, "Fracture of femur"))
                        : Optional.empty();
            }

            @Override
            public List<IcdCmEntry> children(IcdCmCode code) {
                return code.value().equals("S72") ? many : List.of();
            }
        };
        assertThat(SiblingDetail.siblings(large, "S72")).isEmpty();
        assertThat(SiblingDetail.siblings(large, "S7")).isEmpty();
    }
}
