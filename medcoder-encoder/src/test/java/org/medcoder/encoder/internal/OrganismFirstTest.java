package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganismFirstTest {

    @Test
    void rewrite_organismBeforeCondition_conditionDueToOrganism() {
        assertThat(OrganismFirst.rewrite("proteus urinary tract infection, recurrent"))
                .isEqualTo("urinary tract infection due to proteus, recurrent");
        assertThat(OrganismFirst.rewrite("helicobacter pylori duodenal ulcer"))
                .isEqualTo("duodenal ulcer due to helicobacter pylori");
    }

    @Test
    void rewrite_organismAloneOrCarrier_unchanged() {
        assertThat(OrganismFirst.rewrite("escherichia coli infection")).isEqualTo("escherichia coli infection");
        assertThat(OrganismFirst.rewrite("methicillin resistant staphylococcus aureus colonization"))
                .isEqualTo("methicillin resistant staphylococcus aureus colonization");
        assertThat(OrganismFirst.rewrite("cystitis due to escherichia coli")).isEqualTo("cystitis due to escherichia coli");
    }

    @Test
    void rewrite_proteusSyndrome_unchanged() {
        // Proteus syndrome (Q87.3) is a congenital overgrowth syndrome, not an infection by the organism.
        assertThat(OrganismFirst.rewrite("proteus syndrome")).isEqualTo("proteus syndrome");
        assertThat(OrganismFirst.rewrite("proteus syndrome with limb overgrowth"))
                .isEqualTo("proteus syndrome with limb overgrowth");
    }
}
