package org.medcoder.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputDocumentsTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void read_textNote_idIsFileNameWithoutExtension() throws IOException {
        FhirInput in = InputDocuments.read(write("note-1.txt", "Fever and cough.".getBytes(StandardCharsets.UTF_8)));
        assertThat(in.document().id()).isEqualTo("note-1");
        assertThat(in.document().text()).isEqualTo("Fever and cough.");
    }

    @Test
    void read_emptyOrBlank_refused() throws IOException {
        Path empty = write("empty.txt", new byte[0]);
        Path blank = write("blank.txt", " \n\t".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> InputDocuments.read(empty)).hasMessage("empty.txt: empty file, nothing to code");
        assertThatThrownBy(() -> InputDocuments.read(blank)).hasMessageContaining("empty file");
    }

    @Test
    void read_binary_refused() throws IOException {
        Path bin = write("scan.txt", new byte[] {'%', 'P', 'D', 'F', 0, 1, 2});
        assertThatThrownBy(() -> InputDocuments.read(bin)).hasMessageContaining("binary file");
    }

    @Test
    void read_latin1_refusedAsNotUtf8() throws IOException {
        Path latin = write("latin.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'x'});
        assertThatThrownBy(() -> InputDocuments.read(latin)).hasMessageContaining("not UTF-8");
    }

    @Test
    void read_tenMegabytes_refusedWithSize() throws IOException {
        Path huge = write("huge.txt", "a".repeat(10_000_000).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> InputDocuments.read(huge)).hasMessageContaining("too large").hasMessageContaining("10000000");
    }

    @Test
    void read_malformedFhir_namesFile() throws IOException {
        Path bad = write("bad.json", "{\"resourceType\": \"Bundle\", ".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> InputDocuments.read(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("bad.json: malformed FHIR JSON");
    }

    @Test
    void read_byteOrderMark_dropped() throws IOException {
        Path bom = write("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'});
        assertThat(InputDocuments.read(bom).document().text()).isEqualTo("Hi");
    }
}
