package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medcoder.core.IcdCmCode;
import org.medcoder.encoder.EncodedCode;
import org.medcoder.encoder.Trail;

/** Which clauses are coexisting conditions of their own (IV.J) and the main terms an index path was read under. */
class CoexistingTest {

    private static EncodedCode found(String dotted, String indexPath) {
        return new EncodedCode(IcdCmCode.parse(dotted), "title", new Trail(indexPath, List.of(), List.of(), "test"));
    }

    private static final EncodedCode ANY = found("L40.9", "Psoriasis -> L40.9");

    @Test
    void joined_andClauseAndTheClauseBeforeIt_joined() {
        List<StatedConditions.Clause> cs = StatedConditions.clauses("gout and psoriasis");
        assertThat(cs).hasSize(2);
        assertThat(Coexisting.joined(cs.get(0), cs, ANY, List.of())).isTrue();
        assertThat(Coexisting.joined(cs.get(1), cs, ANY, List.of())).isTrue();
    }

    @Test
    void joined_commaAlso_joinedButPlainCommaAndWithAreNot() {
        List<StatedConditions.Clause> also = StatedConditions.clauses("gout, also psoriasis");
        assertThat(Coexisting.joined(also.get(1), also, ANY, List.of())).isTrue();
        List<StatedConditions.Clause> comma = StatedConditions.clauses("otitis media, right ear");
        EncodedCode site = found("H60.91", "Otitis, externa -> H60.9-");
        assertThat(Coexisting.joined(comma.get(1), comma, site, List.of())).isFalse();
        List<StatedConditions.Clause> with = StatedConditions.clauses("diverticulitis with bleeding");
        assertThat(Coexisting.joined(with.get(0), with, ANY, List.of())).isFalse();
        assertThat(Coexisting.joined(with.get(1), with, ANY, List.of())).isFalse();
    }

    @Test
    void listItem_commaClauseFoundByItsOwnWords_item() {
        List<StatedConditions.Clause> cs = StatedConditions.clauses("psoriasis, chronic kidney disease stage 3");
        assertThat(Coexisting.listItem(cs.get(1), found("N18.30", "Disease, diseased, kidney, chronic, stage 3 -> "
                + "N18.30"), List.of())).isTrue();
        EncodedCode head = found("L40.9", "Psoriasis (vulgaris) -> L40.9");
        assertThat(Coexisting.joined(cs.get(0), cs, head, List.of())).isTrue();
        EncodedCode named = new EncodedCode(IcdCmCode.parse("L40.0"), "Psoriasis vulgaris",
                new Trail("", List.of(), List.of(), "test"));
        assertThat(Coexisting.listItem(cs.get(0), head, List.of(named))).isFalse();
    }

    @Test
    void listItem_commaClauseReachedThroughUnstatedWordsOrATitle_notAnItem() {
        List<StatedConditions.Clause> cs = StatedConditions.clauses("colitis, recurrent episode");
        assertThat(Coexisting.listItem(cs.get(1), found("F33.9", "Episode, depressive, recurrent -> F33.9"), List.of()))
                .isFalse();
        List<StatedConditions.Clause> site = StatedConditions.clauses("plantar wart, left ankle");
        EncodedCode title = found("M65.972", "no index entry: M65.972 was added ...");
        assertThat(Coexisting.listItem(site.get(1), title, List.of())).isFalse();
    }

    @Test
    void mainTerms_seeReference_mainTermAndTarget() {
        assertThat(Coexisting.mainTerms("Varicose, vein -> see Varix -> Varix (lower limb), leg -> I83.92"))
                .containsExactly("varicose", "varix");
        assertThat(Coexisting.mainTerms("Hyperlipidemia (acquired) (NOS), mixed -> E78.2")).containsExactly(
                "hyperlipidemia");
    }
}
