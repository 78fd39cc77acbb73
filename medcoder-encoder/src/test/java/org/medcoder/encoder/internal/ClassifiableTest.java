package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medcoder.codesets.CodeRange;
import org.medcoder.core.IcdCmCode;

class ClassifiableTest {

    private static boolean covers(List<CodeRange> ranges, String code) {
        return ranges.stream().anyMatch(r -> r.contains(IcdCmCode.parse(code)));
    }

    @Test
    void ranges_rangeOfCategories_coversCodesBetween() {
        List<CodeRange> r = Classifiable.ranges("Conditions classifiable to C15-C26");
        assertThat(r).hasSize(1);
        assertThat(covers(r, "C189")).isTrue();
        assertThat(covers(r, "C259")).isTrue();
        assertThat(covers(r, "C50911")).isFalse();
    }

    @Test
    void ranges_listAndDashedCategory_eachParsed() {
        List<CodeRange> r = Classifiable.ranges("Conditions classifiable to C00-C14, C40-C49, C69-C79");
        assertThat(r).hasSize(3);
        assertThat(covers(r, "C419")).isTrue();
        assertThat(covers(r, "C20")).isFalse();
        assertThat(covers(Classifiable.ranges("Conditions classifiable to C50.-"), "C50411")).isTrue();
        assertThat(covers(Classifiable.ranges("Conditions classifiable to C7A.01-"), "C7A019")).isTrue();
    }

    @Test
    void ranges_exceptClause_notIncluded() {
        List<CodeRange> r = Classifiable.ranges("Newborn affected by conditions classifiable to O62.-, except O62.3");
        assertThat(r).hasSize(1);
        assertThat(covers(r, "O620")).isTrue();
    }
}
