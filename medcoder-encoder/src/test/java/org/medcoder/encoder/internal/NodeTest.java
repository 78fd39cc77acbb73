package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medcoder.codesets.IndexTerm;

class NodeTest {

    private static IndexTerm term(String code, String see, String seeAlso) {
        return new IndexTerm("pathological", List.of("pathologic"), code, "", see, seeAlso, "", List.of(), List.of());
    }

    @Test
    void codeAfterReference_codePrintedAfterSeeAlso_termsOwnCode() {
        IndexTerm t = Node.codeAfterReference(term("", "", "Fracture, traumatic M84.40"));
        assertThat(t.code()).isEqualTo("M84.40");
        assertThat(t.seeAlso()).isEqualTo("Fracture, traumatic");
    }

    @Test
    void codeAfterReference_categoryReference_unchanged() {
        IndexTerm t = term("", "", "subcategory M14.8-");
        assertThat(Node.codeAfterReference(t)).isSameAs(t);
    }

    @Test
    void codeAfterReference_termWithCodeOrSee_unchanged() {
        IndexTerm coded = term("M84.48", "", "Fracture, traumatic M84.40");
        IndexTerm see = term("", "Fracture, traumatic", "Fracture, by site M84.40");
        assertThat(Node.codeAfterReference(coded)).isSameAs(coded);
        assertThat(Node.codeAfterReference(see)).isSameAs(see);
    }

    @Test
    void codeAfterReference_plainReference_unchanged() {
        IndexTerm t = term("", "", "Fracture, traumatic");
        assertThat(Node.codeAfterReference(t)).isSameAs(t);
    }
}
