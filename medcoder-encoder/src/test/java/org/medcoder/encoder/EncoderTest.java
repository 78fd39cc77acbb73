package org.medcoder.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EncoderTest {

    private static final Encoder ENCODER = Encoder.forRelease(new FixtureRelease());

    private static String codes(String statement) {
        return ENCODER.encode(statement).codesText();
    }

    @Test
    void encode_diabetesWithCkdStage_pairsStageCodeAfterCombination() {
        assertThat(codes("type 2 diabetes mellitus with diabetic chronic kidney disease, stage 3a")).isEqualTo("E11.22 N18.31");
    }

    @Test
    void encode_abbreviations_expandToIndexWords() {
        assertThat(codes("T2DM with CKD 3a")).isEqualTo("E11.22 N18.31");
    }

    @Test
    void encode_hypertensionWithCkdStage4_usesStageRangeSubterm() {
        assertThat(codes("hypertension with stage 4 chronic kidney disease")).isEqualTo("I12.9 N18.4");
    }

    @Test
    void encode_htnWithEsrd_takesStage5Alternative() {
        assertThat(codes("HTN with end stage renal disease")).startsWith("I12.0");
    }

    @Test
    void encode_fracture_walksTabularToLateralityAndSeventhCharacter() {
        EncodeResult r = ENCODER.encode("displaced transverse fracture of shaft of right femur, initial encounter");
        assertThat(r.codesText()).isEqualTo("S72.321A");
        assertThat(r.questions()).isEmpty();
        assertThat(r.codes().get(0).trail().guidelines()).contains("I.B.1", "I.A.5");
    }

    @Test
    void encode_fractureWithoutSideOrEncounter_takesUnspecifiedAndAsks() {
        EncodeResult r = ENCODER.encode("transverse fracture of shaft of femur");
        assertThat(r.codesText()).isEqualTo("S72.323A");
        assertThat(r.questions()).extracting(OpenQuestion::id).containsExactly("S72.32", "S72.323#7");
    }

    @Test
    void encode_answers_replaceDefaults() {
        EncodeOptions o = EncodeOptions.defaults().withAnswer("S72.32", "S72.322").withAnswer("S72.322#7", "D");
        assertThat(ENCODER.encode("transverse fracture of shaft of femur", o).codesText()).isEqualTo("S72.322D");
    }

    @Test
    void encode_nondisplacedStated_choosesNondisplacedChild() {
        assertThat(codes("nondisplaced transverse fracture of shaft of left femur, subsequent encounter")).isEqualTo("S72.325D");
    }

    @Test
    void encode_adverseEffect_readsDrugTableColumnAndSeventh() {
        assertThat(codes("adverse effect of oxycodone, initial encounter")).isEqualTo("T40.2X5A");
    }

    @Test
    void encode_overdoseWithoutIntent_isAccidental() {
        assertThat(codes("overdose of oxycodone, initial encounter")).isEqualTo("T40.2X1A");
    }

    @Test
    void encode_secondaryNeoplasm_readsSecondaryColumn() {
        EncodeResult r = ENCODER.encode("secondary malignant neoplasm of bone");
        assertThat(r.codesText()).isEqualTo("C79.51");
        assertThat(r.codes().get(0).trail().indexPath()).contains("Table of Neoplasms", "bone");
    }

    @Test
    void encode_metastaticTo_isSecondary() {
        assertThat(codes("metastatic cancer to bone")).isEqualTo("C79.51");
    }

    @Test
    void encode_trail_namesIndexPathAndWithConvention() {
        EncodedCode c = ENCODER.encode("type 2 diabetes with chronic kidney disease").codes().get(0);
        assertThat(c.trail().indexPath()).isEqualTo("Diabetes, diabetic (mellitus) (sugar), type 2, with, chronic kidney disease -> E11.22");
        assertThat(c.trail().guidelines()).contains("I.A.15", "I.C.4.a");
        assertThat(c.trail().release()).isEqualTo("ICD-10-CM FY2026");
    }

    @Test
    void encode_ckdWithoutStage_pairsUnspecifiedStage() {
        assertThat(codes("type 2 diabetes with chronic kidney disease")).isEqualTo("E11.22 N18.9");
    }

    @Test
    void encode_codeAddedSinceIndex_reachedThroughTheCategoryTitles() {
        // "Pain, flank" sends the coder to R10.9; R10.A- "Pain localized to flank" came later (I.B.1).
        EncodeResult r = ENCODER.encode("right flank pain");
        assertThat(r.codesText()).isEqualTo("R10.A1");
        assertThat(r.codes().get(0).trail().toString()).contains("added");
    }

    @Test
    void encode_addedCodeWithoutSide_takesUnspecifiedSide() {
        assertThat(codes("pain in the flank")).isEqualTo("R10.A0");
    }

    @Test
    void encode_addedCodeNamingMoreThanIndexPath_replacesIt() {
        // The index has only "Pain" R52 for this statement; R10.24 "Suprapubic pain" names every word of it.
        EncodeResult r = ENCODER.encode("suprapubic pain");
        assertThat(r.codesText()).isEqualTo("R10.24");
        assertThat(r.codes().get(0).trail().indexPath()).contains("added to the classification after the index");
    }

    @Test
    void encode_addedCodeForWordsIndexLeftOver_followsIndexCode() {
        assertThat(codes("essential hypertension, resistant")).isEqualTo("I10 I1A.0");
        assertThat(codes("essential hypertension")).isEqualTo("I10");
    }

    @Test
    void encode_fractureWithoutQualifier_isTraumaticNotPathological() {
        assertThat(codes("transverse fracture of shaft of left femur, initial encounter")).isEqualTo("S72.322A");
        assertThat(codes("pathologic fracture of femur")).isEqualTo("M84.453");
    }

    @Test
    void encode_pairedCodeOwnNote_addsDialysisStatus() {
        assertThat(codes("hypertension with end stage renal disease on hemodialysis")).isEqualTo("I12.0 N18.6 Z99.2");
        assertThat(codes("hypertension with end stage renal disease")).isEqualTo("I12.0 N18.6");
    }

    @Test
    void encode_manifestationWithCodeFirstNote_sequencesUnderlyingConditionFirst() {
        // Both "Disease, kidney, chronic, stage 4" and "Anemia, in, chronic kidney disease" fit; D63.1 says "code
        // first underlying chronic kidney disease": both codes, the CKD first (I.A.13).
        assertThat(codes("anemia in stage 4 chronic kidney disease")).isEqualTo("N18.4 D63.1");
        assertThat(codes("chronic kidney disease, stage 4")).isEqualTo("N18.4");
    }

    @Test
    void encode_specificConditionUnderGroupSubterm_readsThroughTheGroup() {
        // "Hemiplegia, following, cerebrovascular disease, cerebral infarction": the statement names the infarction.
        EncodeResult r = ENCODER.encode("hemiplegia following cerebral infarction affecting right dominant side");
        assertThat(r.codesText()).isEqualTo("I69.351");
        assertThat(r.codes().get(0).trail().indexPath()).contains("cerebrovascular disease, cerebral infarction");
        assertThat(codes("hemiplegia following cerebral infarction")).isEqualTo("I69.359");
        assertThat(codes("hemiplegia")).isEqualTo("G81.90");
    }

    @Test
    void encode_nonsense_givesNoEntryAndNearestTerms() {
        for (String bad : List.of("", "asdf", "\u0000\u0001\u00ff", "x".repeat(1_000_000))) {
            EncodeResult r = ENCODER.encode(bad);
            assertThat(r.found()).isFalse();
            assertThat(r.codes()).isEmpty();
        }
        assertThat(ENCODER.encode("asdf").nearestTerms()).isNotEmpty();
    }
}
