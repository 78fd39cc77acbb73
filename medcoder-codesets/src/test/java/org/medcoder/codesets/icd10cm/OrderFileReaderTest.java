package org.medcoder.codesets.icd10cm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmFixture;
import org.medcoder.codesets.internal.MalformedSourceException;

class OrderFileReaderTest {

    static final Path FIXTURE = IcdCmFixture.EXCERPTS.resolve("order-2026.txt");

    @TempDir
    Path tmp;

    @Test
    void read_plainFixture_keepsOrderFlagsAndTitles() {
        List<IcdCmEntry> entries = OrderFileReader.read(FIXTURE, "order.txt");
        assertThat(entries).hasSize(26);
        assertThat(entries.get(0).code().value()).isEqualTo("E11");
        assertThat(entries.get(0).billable()).isFalse();
        IcdCmEntry s72 = entries.stream().filter(e -> e.code().value().equals("S72321A")).findFirst().orElseThrow();
        assertThat(s72.billable()).isTrue();
        assertThat(s72.shortTitle()).isEqualTo("Displaced transverse fracture of shaft of right femur, init");
        assertThat(s72.longTitle()).isEqualTo("Displaced transverse fracture of shaft of right femur, initial encounter for closed fracture");
    }

    @Test
    void read_gzipAndZip_sameAsPlain() throws IOException {
        byte[] plain = Files.readAllBytes(FIXTURE);
        Path gz = tmp.resolve("icd10cm_order_2026.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(plain);
        }
        Path zip = tmp.resolve("codes.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("icd10cm_order_addenda_2026.txt"));
            out.write("addenda".getBytes(StandardCharsets.US_ASCII));
            out.putNextEntry(new ZipEntry("sub/icd10cm_order_2026.txt"));
            out.write(plain);
        }
        List<IcdCmEntry> expected = OrderFileReader.read(FIXTURE, "order.txt");
        assertThat(OrderFileReader.read(gz, "gz")).isEqualTo(expected);
        assertThat(OrderFileReader.read(zip, "zip")).isEqualTo(expected);
    }

    @Test
    void read_shortLine_namesFileAndLine() {
        String text = "00001 A00     0 Cholera                                                      Cholera\r\n00002 A000    1 Chol\r\n";
        assertThatThrownBy(() -> OrderFileReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), "bad_order.txt"))
                .isInstanceOf(MalformedSourceException.class)
                .hasMessageContaining("bad_order.txt:2")
                .hasMessageContaining("shorter");
    }

    @Test
    void read_badFlag_namesFileAndLine() {
        String line = String.format("%05d %-7s %s %-60s %s%n", 1, "A00", "7", "Cholera", "Cholera");
        assertThatThrownBy(() -> OrderFileReader.read(new ByteArrayInputStream(line.getBytes(StandardCharsets.ISO_8859_1)), "f.txt"))
                .isInstanceOf(MalformedSourceException.class).hasMessageContaining("f.txt:1");
    }

    @Test
    void read_zipThatIsNotAZip_namesFile() throws IOException {
        Path fake = tmp.resolve("2026-code-descriptions-tabular-order.zip");
        Files.writeString(fake, "this is not a zip");
        assertThatThrownBy(() -> OrderFileReader.read(fake, "icd10cm/2026-code-descriptions-tabular-order.zip"))
                .isInstanceOf(MalformedSourceException.class)
                .hasMessageContaining("icd10cm/2026-code-descriptions-tabular-order.zip")
                .hasMessageContaining("not a zip");
    }
}
