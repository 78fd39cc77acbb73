package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndexWordingsTest {

    @Test
    void mainTerm_lastNounAlternative_bothWordings() {
        assertThat(IndexWordings.mainTerm("Grover's disease or syndrome"))
                .containsExactly("Grover's disease", "Grover's syndrome", "Grover's disease or syndrome");
    }

    @Test
    void mainTerm_notOneNounAlternative_titleOnly() {
        assertThat(IndexWordings.mainTerm("Bicornate or bicornis uterus"))
                .containsExactly("Bicornate or bicornis uterus");
        assertThat(IndexWordings.mainTerm("Carotid body or sinus syndrome"))
                .containsExactly("Carotid body or sinus syndrome");
        assertThat(IndexWordings.mainTerm("Acne")).containsExactly("Acne");
    }

    @Test
    void subtermList_leadingPhraseAndItems_eachItemWithThePhrase() {
        assertThat(IndexWordings.subtermList("due to use, overuse and pressure".split(","))).containsExactly(
                "due to use  overuse and pressure", "due to use", "due to overuse", "due to pressure");
        assertThat(IndexWordings.subtermList("device, implant or graft".split(",")))
                .containsExactly("device  implant or graft", "device", "implant", "graft");
    }

    @Test
    void subtermList_nameOrInvertedPhrase_notAList() {
        assertThat(IndexWordings.subtermList("hand, foot and mouth".split(","))).isEmpty();
        assertThat(IndexWordings.subtermList("glomerulosclerosis, intercapillary".split(","))).isEmpty();
        assertThat(IndexWordings.subtermList("with absence, atresia and stenosis of great vessels".split(",")))
                .isEmpty();
    }

    @Test
    void eponymNoun_syndromeWithoutDiseaseEntry_diseaseWording() {
        assertThat(IndexWordings.eponymNoun("Kawasaki's syndrome", java.util.Set.of())).isEqualTo("Kawasaki's disease");
        assertThat(IndexWordings.eponymNoun("Kawasaki's syndrome", java.util.Set.of("kawasaki's disease"))).isNull();
        assertThat(IndexWordings.eponymNoun("Barlow's disease", java.util.Set.of())).isNull();
    }
}
