package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void stems_wordForms_meet() {
        assertThat(Words.stem("diabetic")).isEqualTo(Words.stem("diabetes"));
        assertThat(Words.stem("hypertensive")).isEqualTo(Words.stem("hypertension"));
        assertThat(Words.stem("fractured")).isEqualTo(Words.stem("fracture"));
        assertThat(Words.stem("infected")).isEqualTo(Words.stem("infection"));
        assertThat(Words.stem("pneumoniae")).isNotEqualTo(Words.stem("pneumonia"));
    }

    @Test
    void stem_participlesAdjectivesAndAccents_meetTheIndexNoun() {
        assertThat(Words.stem("deviated")).isEqualTo(Words.stem("deviation"));
        assertThat(Words.stem("complicating")).isEqualTo(Words.stem("complicated")).isEqualTo(Words.stem("complication"));
        assertThat(Words.stem("ingrown")).isEqualTo(Words.stem("ingrowing"));
        assertThat(Words.stem("ovarian")).isEqualTo(Words.stem("ovary"));
        assertThat(Words.stems("M\u00e9ni\u00e8re's disease")).isEqualTo(Words.stems("Meniere's disease"));
    }

    @Test
    void stems_hyphenatedPrefix_meetsJoinedSpelling() {
        assertThat(Words.stems("pre-eclampsia")).isEqualTo(Words.stems("preeclampsia"));
        assertThat(Words.stems("post-traumatic stress")).isEqualTo(Words.stems("posttraumatic stress"));
        // Only known prefixes at a word start are joined; other hyphens still separate words.
        assertThat(Words.stems("non-ST elevation")).startsWith("~st");
        assertThat(Words.stems("beta-blocker")).containsExactly("beta", Words.stem("blocker"));
    }

    @Test
    void stems_trimester_isOneWordWithItsOrdinal() {
        assertThat(Words.stems("first trimester")).isEqualTo(Words.stems("1st trimester")).containsExactly("trimester1");
        assertThat(Words.stems("normal first pregnancy, first trimester"))
                .contains(Words.stem("first"), "trimester1");
        assertThat(Words.stems("unspecified trimester")).containsExactly(Words.stem("trimester"));
    }

    @Test
    void stems_without_negatesFollowingWords() {
        assertThat(Words.stems("ketoacidosis without coma")).containsExactly(Words.stem("ketoacidosis"), "~coma");
        assertThat(Words.stems("laceration without foreign body of scalp"))
                .containsExactly(Words.stem("laceration"), "~foreign", "~body", "scalp");
        assertThat(Words.stems("without loss of consciousness")).containsExactly("~loss", "~" + Words.stem("consciousness"));
    }

    @Test
    void stems_negatedListAndParenthesis_negateEveryItem() {
        assertThat(Words.stems("diverticulosis without perforation, abscess or bleeding"))
                .containsExactly(Words.stem("diverticulosis"), "~" + Words.stem("perforation"),
                        "~" + Words.stem("abscess"), "~" + Words.stem("bleeding"));
        assertThat(Words.stems("myasthenia gravis without (acute) exacerbation"))
                .endsWith("~" + Words.stem("acute"), "~" + Words.stem("exacerbation"));
        // The serial comma: every item of "without A, B, or C" is negated; a problem list going on with ", and"
        // after a negated qualifier is not (the "HTN" of "DM without complications, HTN, and HLD" is stated).
        assertThat(Words.stems("ulcer without obstruction, hemorrhage, or perforation"))
                .containsExactly(Words.stem("ulcer"), "~" + Words.stem("obstruction"), "~" + Words.stem("hemorrhage"),
                        "~" + Words.stem("perforation"));
        assertThat(Words.stems("diabetes without complications, gastroparesis, and neuropathy"))
                .contains(Words.stem("gastroparesis"), Words.stem("neuropathy"));
        // A clause that is not a list ends the negation: "right hand" is positive.
        assertThat(Words.stems("laceration without foreign body, right hand")).endsWith("right", "hand");
    }

    @Test
    void stems_connectorsAndArticles_dropped() {
        assertThat(Words.stems("pneumonia due to the virus")).containsExactly(Words.stem("pneumonia"), Words.stem("virus"));
    }

    @Test
    void stems_romanNumeralsAndLetters_kept() {
        assertThat(Words.stems("type II diabetes")).containsExactly("type", "2", Words.stem("diabetes"));
        assertThat(Words.stems("hepatitis A")).containsExactly(Words.stem("hepatitis"), "a");
        assertThat(Words.stems("CKD stage 3a")).contains("3a", "3");
    }

    @Test
    void expand_abbreviations_writtenOut() {
        assertThat(Abbreviations.expand("HTN, T2DM and CKD 3b")).isEqualTo("hypertension, type 2 diabetes mellitus and chronic kidney disease 3b");
        assertThat(Abbreviations.expand("UTI due to E. coli")).isEqualTo("urinary tract infection due to escherichia coli");
        assertThat(Abbreviations.expand("heart attack")).isEqualTo("myocardial infarction");
        assertThat(Abbreviations.expand("madam")).isEqualTo("madam");
    }

    @Test
    void stem_britishSpellings_meetAmericanOnes() {
        assertThat(Words.stem("haemophilus")).isEqualTo(Words.stem("hemophilus"));
        assertThat(Words.stem("anaemia")).isEqualTo(Words.stem("anemia"));
        assertThat(Words.stem("oesophagitis")).isEqualTo(Words.stem("esophagitis"));
        assertThat(Words.stem("diarrhoea")).isEqualTo(Words.stem("diarrhea"));
        assertThat(Words.stem("tumours")).isEqualTo(Words.stem("tumors"));
        assertThat(Words.stem("influenzae")).isNotEqualTo(Words.stem("influenza"));
        // Short words are not stemmed by the suffix rules (listed short plurals aside, ShortPlurals).
        assertThat(Words.stem("ears")).isEqualTo("ears");
    }

    @Test
    void stem_medicationWordings_meetTheIndexWord() {
        assertThat(Words.stem("medication")).isEqualTo(Words.stem("medicament"));
        assertThat(Words.stem("medicines")).isEqualTo(Words.stem("medicaments"));
    }

    @Test
    void expand_drugCause_givesBothIndexWordings() {
        assertThat(Abbreviations.expand("neutropenia due to drugs")).isEqualTo("neutropenia drug-induced due to medicament");
        assertThat(Abbreviations.expand("medication-induced hypothyroidism"))
                .isEqualTo("drug-induced due to medicament hypothyroidism");
        assertThat(Abbreviations.expand("breast cancer")).isEqualTo("breast cancer malignant neoplasm");
    }

    @Test
    void stems_anyText_lowerCaseWordsOnly() {
        qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 200)).checkAssert(t -> {
            for (String s : Words.stems(Abbreviations.expand(t))) {
                assertThat(s).matches("~?[a-z0-9]+");
            }
        });
    }

    /** Pieces that exercise every rule of the tokenizer and the abbreviation list, joined at random. */
    private static final List<String> PIECES = List.of("type", "stage", "grade", "class", "degree", " ", "  ", "\t",
            "\n", "ii", "iv", "iii", "i", "v", "x", "'s", "'", "s", ",", ".", ";", "(", ")", "[", "-", "_", "3a", "2",
            "crohn", "dm", "DM", "e", "coli", "e.", "heart", "attack", "a", "fib", "a-fib", "without", "no", "non", "not",
            "or", "of", "and", "with", "to", "due", "t2dm", "n/v", "/", "&", "b/l", "h/o", "ecoli", "esrd", "ckd", "HTN",
            "Type", "\u00e9", "\u2019s", "pe", "mi", "vitamin", "stroke", "diabetic", "infections", "fractured", "cancer",
            "cancers", "drug", "drugs", "-induced", " induced", "medication", "due to drug", "caused by medications");

    /** Fewer pieces, so that keyword, blanks and numeral meet often. */
    private static final List<String> ROMAN_PIECES = List.of("type", "stage", "class", " ", "\t", "\n", "ii", "iv", "i",
            "v", "x", "-", "'s", "s", "a", ",", "_", "without", "dm", "2", "b", "c", "grade", "iiib");

    @Test
    void stems_romanSubGrade_readAsDigitAndLetter() {
        assertThat(Words.stems("follicular lymphoma grade IIIb")).contains("3b");
        assertThat(Words.stems("stage IIA")).contains("2a");
        assertThat(Words.stems("type iid x")).doesNotContain("2d");
    }

    @Test
    void expand_anyMixOfPieces_sameAsWholeTextRegex() {
        qt().withExamples(3000).forAll(lists().of(arbitrary().pick(PIECES)).ofSizeBetween(0, 14))
                .checkAssert(p -> {
                    String t = String.join("", p);
                    assertThat(Abbreviations.expand(t)).isEqualTo(Abbreviations.expandByRegex(t));
                });
    }

    @Test
    void stems_anyMixOfPieces_sameAsRegexTokenizer() {
        qt().withExamples(3000).forAll(lists().of(arbitrary().pick(PIECES)).ofSizeBetween(0, 14))
                .checkAssert(WordsTest::assertSameStems);
        qt().withExamples(3000).forAll(lists().of(arbitrary().pick(ROMAN_PIECES)).ofSizeBetween(0, 10))
                .checkAssert(WordsTest::assertSameStems);
    }


    private static void assertSameStems(List<String> pieces) {
        String t = String.join("", pieces);
        assertThat(Words.prepare(t)).isEqualTo(Words.prepareByRegex(t.toLowerCase(Locale.ROOT)));
        assertThat(Words.stems(t)).isEqualTo(referenceStems(t));
    }

    /** The tokenizer as first written with regular expressions (clauses, then words): the oracle for the fast path. */
    private static List<String> referenceStems(String text) {
        List<String> out = new ArrayList<>();
        String t = Words.prepareByRegex(text.toLowerCase(Locale.ROOT));
        java.util.regex.Matcher clause = java.util.regex.Pattern.compile("[^,;.:()\\[\\]]*").matcher(t);
        Words.Scope scope = new Words.Scope();
        int from = 0;
        while (from <= t.length() && clause.find(from)) {
            for (String w : clause.group().split("[^a-z0-9]+")) {
                if (!w.isEmpty()) {
                    Words.word(w, scope, out);
                }
            }
            int at = clause.end();
            if (!Words.carriesNegation(t, at, scope)) {
                scope = new Words.Scope();
            }
            from = at + 1;
        }
        return out;
    }
}
