package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodySystemShorthandTest {

    @Test
    void expand_organismAndDuctShortForms_indexWords() {
        assertThat(Abbreviations.expand("pneumonia due to H. influenzae"))
                .isEqualTo("pneumonia due to hemophilus influenzae");
        assertThat(Abbreviations.expand("CBD stone with cholangitis"))
                .isEqualTo("common bile duct calculus with cholangitis");
        assertThat(Abbreviations.expand("postop wound dehiscence")).startsWith("postoperative");
    }

    @Test
    void expand_wordsOnlyContainingTheForms_untouched() {
        assertThat(Abbreviations.expand("cbd oil use")).isEqualTo("cbd oil use");
        assertThat(Abbreviations.expand("hflu")).isEqualTo("hflu");
    }

    @Test
    void expand_afterIndexedOperation_postOperationWordAdded() {
        assertThat(Abbreviations.expand("cystocele following hysterectomy"))
                .isEqualTo("cystocele after hysterectomy posthysterectomy postsurgical postprocedural");
    }

    @Test
    void expand_afterOtherRemoval_postsurgicalAdded() {
        assertThat(Abbreviations.expand("hypoparathyroidism following subtotal parathyroid gland resection"))
                .isEqualTo("hypoparathyroidism following subtotal parathyroid gland resection");
        assertThat(Abbreviations.expand("asplenia after traumatic splenectomy"))
                .isEqualTo("asplenia after postsurgical postprocedural traumatic splenectomy");
        assertThat(Abbreviations.expand("pain after the appendectomy"))
                .isEqualTo("pain after postsurgical postprocedural the appendectomy");
        assertThat(Abbreviations.expand("after lunch, appendectomy")).isEqualTo("after lunch, appendectomy");
    }

    @Test
    void expand_pscBesideEye_notCholangitis() {
        // Review W3: beside a cataract or an eye, PSC is the posterior subcapsular cataract.
        assertThat(Abbreviations.expand("PSC cataract right eye")).doesNotContain("cholangitis");
        assertThat(Abbreviations.expand("left eye with PSC")).doesNotContain("cholangitis");
        assertThat(Abbreviations.expand("PSC with cholestasis")).contains("primary sclerosing cholangitis");
    }

    @Test
    void expand_aicd_deviceNounWithoutStatus() {
        // Review W4: the status code is the statement's own presence wording, never beside a complication.
        assertThat(Abbreviations.expand("AICD malfunction"))
                .isEqualTo("automatic implantable cardiac defibrillator malfunction");
        assertThat(Abbreviations.expand("infection of AICD pocket")).doesNotContain("presence");
        assertThat(Abbreviations.expand("AICD in place")).startsWith("presence of automatic");
        assertThat(Abbreviations.expand("AICD in place, lead fracture")).doesNotContain("presence");
        assertThat(Abbreviations.expand("heart failure, has an AICD")).endsWith("presence of automatic implantable"
                + " cardiac defibrillator");
        assertThat(Abbreviations.expand("with AICD malfunction")).doesNotContain("presence");
    }
}
