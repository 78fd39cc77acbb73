package org.medcoder.codesets.icd10cm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.medcoder.codesets.internal.MalformedSourceException;

/**
 * Cut and corrupted copies of the fixtures: a parser either reads them or fails with a
 * {@link MalformedSourceException} naming the file, never with another exception.
 */
class ParserFuzzTest {

    private static byte[] bytes(java.nio.file.Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean cleanOutcome(Runnable parse, String file) {
        try {
            parse.run();
            return true;
        } catch (MalformedSourceException e) {
            return e.getMessage().startsWith(file);
        }
    }

    @Test
    void tabular_truncatedAnywhere_failsCleanly() {
        byte[] all = bytes(TabularXmlReaderTest.FIXTURE);
        qt().forAll(integers().between(0, all.length - 1)).checkAssert(n -> assertThat(cleanOutcome(
                () -> TabularXmlReader.read(new ByteArrayInputStream(Arrays.copyOf(all, n)), "t.xml"), "t.xml")).isTrue());
    }

    @Test
    void index_byteFlipped_failsCleanly() {
        byte[] all = bytes(IndexXmlReaderTest.FIXTURE);
        qt().forAll(integers().between(0, all.length - 1), integers().between(0, 255)).checkAssert((at, b) -> {
            byte[] copy = all.clone();
            copy[at] = (byte) (int) b;
            assertThat(cleanOutcome(() -> IndexXmlReader.read(new ByteArrayInputStream(copy), "i.xml"), "i.xml")).isTrue();
        });
    }

    @Test
    void orderFile_truncatedAnywhere_failsCleanly() {
        byte[] all = bytes(OrderFileReaderTest.FIXTURE);
        qt().forAll(integers().between(0, all.length - 1)).checkAssert(n -> assertThat(cleanOutcome(() -> {
            try {
                OrderFileReader.read(new ByteArrayInputStream(Arrays.copyOf(all, n)), "o.txt");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "o.txt")).isTrue());
    }
}
