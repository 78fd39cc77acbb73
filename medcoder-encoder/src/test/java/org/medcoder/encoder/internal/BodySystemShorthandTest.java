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
                .isEqualTo("cystocele after hysterectomy posthysterectomy");
        assertThat(Abbreviations.expand("after appendectomy")).isEqualTo("after appendectomy");
    }
}
