package org.medcoder.codesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.medcoder.core.IcdCmCode;

class CodeRangeTest {

    @Test
    void comparePrefix_anyStrings_signOfTheSubstringComparison() {
        qt().forAll(strings().betweenCodePoints('0', 'Z').ofLengthBetween(0, 8),
                strings().betweenCodePoints('0', 'Z').ofLengthBetween(0, 8)).checkAssert((c, end) -> {
                    int expected = c.substring(0, Math.min(c.length(), end.length())).compareTo(end);
                    assertThat(Integer.signum(CodeRange.comparePrefix(c, end))).isEqualTo(Integer.signum(expected));
                });
    }

    @Test
    void contains_categoryRangeAndCodes_prefixesBetweenTheEnds() {
        CodeRange range = new CodeRange(IcdCmCode.parse("E08"), IcdCmCode.parse("E13"));
        assertThat(range.contains(IcdCmCode.parse("E11.9"))).isTrue();
        assertThat(range.contains(IcdCmCode.parse("E13"))).isTrue();
        assertThat(range.contains(IcdCmCode.parse("E14.9"))).isFalse();
        assertThat(range.contains(IcdCmCode.parse("E07.9"))).isFalse();
        assertThat(new CodeRange(IcdCmCode.parse("N18"), IcdCmCode.parse("N18")).contains(IcdCmCode.parse("N18.30")))
                .isTrue();
    }
}
