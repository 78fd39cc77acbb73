package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medcoder.core.IcdCmCode;
import org.medcoder.encoder.EncodedCode;
import org.medcoder.encoder.Trail;

/** review-a S3: the toxic agent waives the external cause of its own corrosion only (I.C.20.a.8). */
class ExternalCausesTest {

    private static EncodedCode code(String dotted, String title) {
        return new EncodedCode(IcdCmCode.parse(dotted), title, new Trail("", List.of(), List.of(), "test"));
    }

    @Test
    void toldBy_corrosionWithItsToxicAgent_waived() {
        EncodedCode corrosion = code("T23.601A", "Corrosion of second degree of right hand, unspecified site, initial encounter");
        assertThat(ExternalCauses.toldBy(List.of(code("T54.2X1A", "Toxic effect of corrosive acids and acid-like "
                + "corrosives, accidental (unintentional), initial encounter"), corrosion), corrosion)).isTrue();
    }

    @Test
    void toldBy_otherInjuryBesideAToxicAgent_keepsItsCause() {
        EncodedCode laceration = code("S01.01XA", "Laceration without foreign body of scalp, initial encounter");
        EncodedCode burn = code("T23.201A", "Burn of second degree of right hand, unspecified site, initial encounter");
        EncodedCode agent = code("T54.2X1A", "Toxic effect of corrosive acids and acid-like corrosives, accidental "
                + "(unintentional), initial encounter");
        assertThat(ExternalCauses.toldBy(List.of(agent, laceration), laceration)).isFalse();
        assertThat(ExternalCauses.toldBy(List.of(agent, burn), burn)).isFalse();
        assertThat(ExternalCauses.toldBy(List.of(laceration), laceration)).isFalse();
    }
}
