package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medcoder.codesets.IndexTerm;

class SaltFormsTest {

    private static IndexTerm drug(String title) {
        return new IndexTerm(title, List.of(), "", "", "", "", "", List.of("T48.1X1"), List.of());
    }

    @Test
    void of_drugWithItsSalt_drugAlone() {
        IndexTerm rocuronium = drug("Rocuronium bromide");
        IndexTerm diltiazem = drug("Diltiazem hydrochloride");
        assertThat(SaltForms.of(List.of(rocuronium, diltiazem, drug("Lye"))))
                .containsEntry(rocuronium, "rocuronium").containsEntry(diltiazem, "diltiazem").hasSize(2);
    }

    @Test
    void of_drugAloneIsAnotherEntry_none() {
        // "Heparin" and "Heparin sodium": the drug alone is already its own main term.
        assertThat(SaltForms.of(List.of(drug("Heparin"), drug("Heparin sodium")))).isEmpty();
        // A salt of a short element name ("Zinc chloride") and a three-word name are not read apart.
        assertThat(SaltForms.of(List.of(drug("Zinc chloride"), drug("Methyl violet chloride")))).isEmpty();
    }
}
