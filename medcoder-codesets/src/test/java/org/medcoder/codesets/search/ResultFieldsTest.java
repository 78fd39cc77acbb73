package org.medcoder.codesets.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultFieldsTest {

    private static final String SEP = String.valueOf(SearchDocuments.SEPARATOR);

    @Test
    void value_position_returnsThatValue() {
        String joined = String.join(SEP, "Stone(s) > kidney", "", "Calculus > kidney");
        assertThat(ResultFields.value(joined, 0)).isEqualTo("Stone(s) > kidney");
        assertThat(ResultFields.value(joined, 1)).isEmpty();
        assertThat(ResultFields.value(joined, 2)).isEqualTo("Calculus > kidney");
    }

    @Test
    void value_beyondTheLast_empty() {
        assertThat(ResultFields.value("Renal calculus", 1)).isEmpty();
        assertThat(ResultFields.value("", 0)).isEmpty();
    }
}
