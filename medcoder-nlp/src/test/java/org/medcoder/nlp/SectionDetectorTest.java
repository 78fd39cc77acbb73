package org.medcoder.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class SectionDetectorTest {

    @Test
    void key_headingWithPunctuationAndBlanks_wordsJoinedByOneBlank() {
        assertThat(SectionDetector.key("  past medical history (pmh)-  ")).isEqualTo("past medical history pmh");
        assertThat(SectionDetector.key("a&p / plan")).isEqualTo("a&p / plan");
        assertThat(SectionDetector.key("12 ::")).isEmpty();
    }

    @Test
    void key_anyLine_sameAsTheRegularExpressions() {
        qt().forAll(strings().betweenCodePoints(0, 0x7f).ofLengthBetween(0, 30)).checkAssert(t -> {
            String lower = t.strip().toLowerCase(java.util.Locale.ROOT);
            String expected = lower.replaceAll("[^a-z&/ ]", " ").replaceAll("\\s+", " ").strip();
            assertThat(SectionDetector.key(lower)).isEqualTo(expected);
        });
    }
}
