package org.medcoder.claims.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medcoder.claims.remit.RemitReader;

/** Random corruption of a valid 835 is always reported and never crashes the validator or the reader. */
class X12CorruptionPropertyTest {

    private static final String VALID = X12Fixtures.clinic835();
    private static final List<String> SEGMENTS = List.of(VALID.split("~\n"));

    @Test
    void validate_droppedSegment_alwaysReported() {
        qt().withExamples(150).forAll(integers().between(0, SEGMENTS.size() - 1)).checkAssert(i -> {
            List<String> segments = new ArrayList<>(SEGMENTS);
            segments.remove((int) i);
            assertReported(String.join("~\n", segments) + "~\n");
        });
    }

    @Test
    void validate_wrongSeCount_alwaysReported() {
        qt().withExamples(150).forAll(integers().between(1, 999)).assuming(n -> n != SEGMENTS.size() - 4).checkAssert(n ->
                assertReported(VALID.replaceFirst("SE\\*\\d+\\*", "SE*" + n + "*")));
    }

    @Test
    void validate_badSeparatorInOneSegment_alwaysReported() {
        // Segments after ISA: replace the first element separator of one segment with a character that is not a delimiter.
        qt().withExamples(150).forAll(integers().between(1, SEGMENTS.size() - 1), integers().between(0, 3)).checkAssert((i, c) -> {
            List<String> segments = new ArrayList<>(SEGMENTS);
            segments.set(i, segments.get(i).replaceFirst("\\*", String.valueOf("|#/@".charAt(c))));
            assertReported(String.join("~\n", segments) + "~\n");
        });
    }

    @Test
    void validate_truncated_alwaysReported() {
        int end = VALID.lastIndexOf("IEA");
        qt().withExamples(150).forAll(integers().between(0, end)).checkAssert(n -> assertReported(VALID.substring(0, n)));
    }

    private static void assertReported(String text) {
        ValidationReport report = X12Fixtures.validate(text);
        assertThat(report.isValid()).as("corruption not reported:%n%s", text).isFalse();
        assertThat(report.findings()).isNotEmpty();
        // The reader goes through the same scanner and must not throw either.
        RemitReader.read(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)), "x.835");
    }
}
