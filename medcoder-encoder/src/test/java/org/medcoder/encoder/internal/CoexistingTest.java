package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which clauses are coexisting conditions of their own (IV.J) and the main terms an index path was read under. */
class CoexistingTest {

    @Test
    void joined_andClauseAndTheClauseBeforeIt_joined() {
        List<StatedConditions.Clause> cs = StatedConditions.clauses("gout and psoriasis");
        assertThat(cs).hasSize(2);
        assertThat(Coexisting.joined(cs.get(0), cs)).isTrue();
        assertThat(Coexisting.joined(cs.get(1), cs)).isTrue();
    }

    @Test
    void joined_commaAlso_joinedButPlainCommaAndWithAreNot() {
        List<StatedConditions.Clause> also = StatedConditions.clauses("gout, also psoriasis");
        assertThat(Coexisting.joined(also.get(1), also)).isTrue();
        List<StatedConditions.Clause> comma = StatedConditions.clauses("otitis media, right ear");
        assertThat(Coexisting.joined(comma.get(1), comma)).isFalse();
        List<StatedConditions.Clause> with = StatedConditions.clauses("diverticulitis with bleeding");
        assertThat(Coexisting.joined(with.get(0), with)).isFalse();
        assertThat(Coexisting.joined(with.get(1), with)).isFalse();
    }

    @Test
    void mainTerms_seeReference_mainTermAndTarget() {
        assertThat(Coexisting.mainTerms("Varicose, vein -> see Varix -> Varix (lower limb), leg -> I83.92"))
                .containsExactly("varicose", "varix");
        assertThat(Coexisting.mainTerms("Hyperlipidemia (acquired) (NOS), mixed -> E78.2")).containsExactly(
                "hyperlipidemia");
    }
}
