package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusWordingTest {

    @Test
    void expand_oldStrokeWithoutDeficit_historyOfCerebralInfarction() {
        assertThat(Abbreviations.expand("old CVA")).isEqualTo("history of cerebral infarction");
        assertThat(Abbreviations.expand("old stroke, no residual deficits"))
                .isEqualTo("history of cerebral infarction, no residual deficits");
    }

    @Test
    void expand_oldStrokeWithDeficit_strokeKept() {
        assertThat(Abbreviations.expand("old stroke with left hemiparesis"))
                .isEqualTo("old cerebral infarction with left hemiparesis");
    }

    @Test
    void expand_hepatitisShortForms_indexWords() {
        assertThat(Abbreviations.expand("chronic hep C")).isEqualTo("chronic hepatitis c");
        assertThat(Abbreviations.expand("HBV carrier")).isEqualTo("hepatitis b carrier");
        assertThat(Abbreviations.expand("hx latent TB")).isEqualTo("personal history of latent tuberculosis infection");
    }

    @Test
    void expand_biRadsDensity_mammographicTitleWords() {
        assertThat(Abbreviations.expand("heterogeneously dense breasts"))
                .isEqualTo("mammographic heterogeneous density breast");
        assertThat(Abbreviations.expand("scattered fibroglandular densities, left"))
                .isEqualTo("mammographic fibroglandular density breast, left");
    }

    @Test
    void oldStrokeDeficit_deficitNamed_sequelaWords() {
        assertThat(StatusWording.oldStrokeDeficit("old cerebral infarction, right hemiparesis"))
                .isEqualTo("right hemiparesis following cerebral infarction");
        assertThat(StatusWording.oldStrokeDeficit("old cerebral infarction with aphasia"))
                .isEqualTo("aphasia following cerebral infarction");
        assertThat(StatusWording.oldStrokeDeficit("left hemiplegia due to history of cerebral infarction"))
                .isEqualTo("left hemiplegia following cerebral infarction");
    }

    @Test
    void oldStrokeDeficit_deficitAfterStroke_sequelaEvenNotCalledOld() {
        assertThat(StatusWording.oldStrokeDeficit("dysphagia after embolic cerebral infarction"))
                .isEqualTo("dysphagia following cerebral infarction");
        assertThat(StatusWording.oldStrokeDeficit("left hemiplegia due to cerebral infarction"))
                .isEqualTo("left hemiplegia due to cerebral infarction");
    }

    /** A deficit the provider calls a late effect, sequela or residual of the stroke is a sequela (I.C.9.d.1). */
    @Test
    void oldStrokeDeficit_lateEffectOrSequela_sequelaWords() {
        assertThat(StatusWording.oldStrokeDeficit("right hemiparesis as a late effect of embolic cerebral infarction"))
                .isEqualTo("right hemiparesis following cerebral infarction");
        assertThat(StatusWording.oldStrokeDeficit("dysarthria, sequela of prior cerebral infarction"))
                .isEqualTo("dysarthria following cerebral infarction");
        assertThat(StatusWording.oldStrokeDeficit("ataxia as residual of cerebral infarction, gait training"))
                .isEqualTo("ataxia following cerebral infarction, gait training");
    }

    @Test
    void oldStrokeDeficit_noDeficit_unchanged() {
        assertThat(StatusWording.oldStrokeDeficit("history of cerebral infarction, no residual deficits"))
                .isEqualTo("history of cerebral infarction, no residual deficits");
        assertThat(StatusWording.oldStrokeDeficit("acute cerebral infarction, right hemiparesis"))
                .isEqualTo("acute cerebral infarction, right hemiparesis");
    }

    /** A deficit after a stroke of the current episode is the acute stroke's (I63 + deficit), not I69 (I.C.9.d.1). */
    @Test
    void oldStrokeDeficit_currentStroke_unchanged() {
        assertThat(StatusWording.oldStrokeDeficit("expressive aphasia after cerebral infarction this morning"))
                .isEqualTo("expressive aphasia after cerebral infarction this morning");
        assertThat(StatusWording.oldStrokeDeficit("dysarthria after cerebral infarction 3 days ago"))
                .isEqualTo("dysarthria after cerebral infarction 3 days ago");
        assertThat(StatusWording.oldStrokeDeficit("left hemiparesis after acute embolic cerebral infarction"))
                .isEqualTo("left hemiparesis after acute embolic cerebral infarction");
    }

    @Test
    void oldStrokeDeficit_oldStrokeWithCurrentWords_stillSequela() {
        assertThat(StatusWording.oldStrokeDeficit("ataxia from old cerebral infarction, admitted for pneumonia"))
                .isEqualTo("ataxia following cerebral infarction, admitted for pneumonia");
    }

    /** The limb of a monoplegia may stand between its side and the noun (I69.33-, I69.34-). */
    @Test
    void oldStrokeDeficit_limbMonoplegia_sequelaWords() {
        assertThat(StatusWording.oldStrokeDeficit("left leg monoplegia after cerebral infarction"))
                .isEqualTo("left leg monoplegia following cerebral infarction");
        assertThat(StatusWording.oldStrokeDeficit("right upper extremity monoplegia from old cerebral infarction"))
                .isEqualTo("right upper extremity monoplegia following cerebral infarction");
    }
}
