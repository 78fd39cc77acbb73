package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeviceWordingTest {

    @Test
    void rewrite_catheterAssociatedUti_complicationWordingThenInfection() {
        assertThat(DeviceWording.rewrite("catheter-associated urinary tract infection"))
                .isEqualTo("complication of indwelling urethral catheter infection and inflammation,"
                        + " urinary tract infection");
    }

    @Test
    void rewrite_infectedShuntOrDialysisCatheter_indexDeviceWords() {
        assertThat(DeviceWording.rewrite("infected ventriculoperitoneal shunt"))
                .isEqualTo("complication of ventricular shunt infection and inflammation");
        assertThat(DeviceWording.rewrite("exit site infection of pd catheter").endsWith(
                "complication of intraperitoneal dialysis catheter infection and inflammation")).isTrue();
    }

    @Test
    void rewrite_noDeviceOrCentralLine_unchanged() {
        assertThat(DeviceWording.rewrite("urinary tract infection")).isEqualTo("urinary tract infection");
        assertThat(DeviceWording.rewrite("infection due to central venous catheter"))
                .isEqualTo("infection due to central venous catheter");
    }

    @Test
    void dehiscence_surgicalWound_operationWoundDeepWhenFascia() {
        assertThat(InjuryWording.dehiscence("dehiscence of surgical wound")).isEqualTo("dehiscence of operation wound");
        assertThat(InjuryWording.dehiscence("dehiscence of surgical wound of abdominal fascia"))
                .isEqualTo("dehiscence of internal operation wound of abdominal fascia");
        assertThat(InjuryWording.dehiscence("surgical wound infection")).isEqualTo("surgical wound infection");
    }
}
