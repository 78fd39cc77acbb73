package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DevicePresenceTest {

    @Test
    void expand_deviceWithPresenceVerbOrAfterWord_indexPresenceWording() {
        assertThat(Abbreviations.expand("presbycusis; wears hearing aids")).isEqualTo("presbycusis; presence of hearing-aid");
        assertThat(Abbreviations.expand("keratoconus, uses contact lenses"))
                .isEqualTo("keratoconus, presence of contact lens");
        assertThat(Abbreviations.expand("insulin pump user")).isEqualTo("presence of insulin pump");
        assertThat(Abbreviations.expand("has a vp shunt")).isEqualTo("presence of cerebrospinal fluid drainage device");
        assertThat(Abbreviations.expand("has a single-chamber cardiac pacemaker")).isEqualTo("presence of cardiac pacemaker");
    }

    @Test
    void expand_deviceInRelativeOrCoordinatedClause_ownClauseAndTheConditionKept() {
        assertThat(Abbreviations.expand("patient with AIDS who wears glasses"))
                .isEqualTo("patient with aids , presence of spectacles");
        assertThat(Abbreviations.expand("man with AIDS and uses a hearing aid"))
                .isEqualTo("man with aids , presence of hearing-aid");
        assertThat(Abbreviations.expand("woman with asthma who has a vp shunt"))
                .isEqualTo("woman with asthma , presence of cerebrospinal fluid drainage device");
    }

    @Test
    void expand_deviceBesideItsComplication_noPresenceWording() {
        assertThat(Abbreviations.expand("has a pacemaker with lead dislodgement")).doesNotContain("presence");
        assertThat(Abbreviations.expand("uses an insulin pump, pump malfunction")).doesNotContain("presence");
    }

    @Test
    void expand_pluralAidsAfterWhatItAids_notTheSyndrome() {
        assertThat(Abbreviations.expand("uses walking aids")).isEqualTo("uses walking appliances");
        assertThat(Abbreviations.expand("hearing aids")).isEqualTo("hearing-aid");
        assertThat(Abbreviations.expand("aids with kaposi sarcoma")).startsWith("aids");
    }

    @Test
    void expand_severityWithItsValue_theValueAlone() {
        assertThat(Abbreviations.expand("persistent asthma of moderate severity")).isEqualTo("persistent asthma of moderate");
        assertThat(Abbreviations.expand("mdd, recurrent, severity: mild")).endsWith("recurrent, : mild");
    }

    @Test
    void expand_afterRemovalOrRadiation_postproceduralAndPostirradiation() {
        assertThat(Abbreviations.expand("hypoparathyroidism following total thyroidectomy"))
                .contains("postprocedural");
        assertThat(Abbreviations.expand("hypothyroidism after radioactive iodine ablation")).contains("postirradiation");
    }
}
