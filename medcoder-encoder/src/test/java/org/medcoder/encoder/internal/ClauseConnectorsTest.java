package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseConnectorsTest {

    /** Pieces that make connectors, near-connectors and word boundaries meet, joined at random. */
    private static final List<String> PIECES = List.of("with", "without", "due to", "due", "to", "secondary to",
            "caused by", "superimposed on", "on", "onset", "in", "in a patient with", "in patient with", "a",
            "patient", "and", "andes", "because of", "from", "of", " ", "  ", "\t", "\n", "\r", "\u000B", "\f", ",",
            ";", ".", "-", "_", "x", "2", "W", "With", "\u00e9", "\u00a0", "pneumonia", "ckd", "band");

    @Test
    void find_anyMixOfPieces_sameAsRegex() {
        qt().withExamples(5000).forAll(lists().of(arbitrary().pick(PIECES)).ofSizeBetween(0, 16))
                .checkAssert(p -> assertSame(String.join("", p)));
    }

    @Test
    void find_anyAsciiText_sameAsRegex() {
        qt().withExamples(2000).forAll(strings().ascii().ofLengthBetween(0, 80))
                .checkAssert(ClauseConnectorsTest::assertSame);
    }

    @Test
    void find_statementWithConnectors_spansOfCommaAndWords() {
        String t = "pneumonia due to e. coli, with sepsis and onset in a patient with ckd";
        List<String> found = ClauseConnectors.find(t).stream().map(m -> t.substring(m[0], m[1])).toList();
        assertThat(found).containsExactly(" due to ", ", ", "with ", " and ", " in a patient with ");
    }

    @Test
    void find_connectorInsideWord_none() {
        assertThat(ClauseConnectors.find("withdrawal bandage onset")).isEmpty();
    }

    private static void assertSame(String t) {
        assertThat(spans(ClauseConnectors.find(t))).as("connectors of \"%s\"", t)
                .isEqualTo(spans(ClauseConnectors.byRegex(t)));
    }

    private static List<String> spans(List<int[]> found) {
        return found.stream().map(m -> m[0] + "-" + m[1]).toList();
    }
}
