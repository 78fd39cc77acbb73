package org.medcoder.codesets.icd10cm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.core.IcdCmCode;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

class CodeListTest {

    private static IcdCmEntry e(String code, boolean billable, String shortTitle, String longTitle) {
        return new IcdCmEntry(IcdCmCode.parse(code), billable, shortTitle, longTitle);
    }

    private static final List<IcdCmEntry> ENTRIES = List.of(
            e("E11", false, "Type 2 diabetes mellitus", "Type 2 diabetes mellitus"),
            e("E11.2", false, "Type 2 diabetes w kidney complications", "Type 2 diabetes mellitus with kidney complications"),
            e("E11.22", true, "Type 2 diabetes w diabetic chronic kidney disease",
                    "Type 2 diabetes mellitus with diabetic chronic kidney disease"),
            e("E11.29", true, "Type 2 diab w oth diabetic kidney complication", "Ménière-like title, non-ASCII ✓"),
            e("S72.321A", true, "Displ transverse fx shaft of r femur, init", "Displ transverse fx shaft of r femur, init"));

    private static CodeList roundTrip(List<IcdCmEntry> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CodeList.of(entries).write(new DataOutputStream(bytes));
        return CodeList.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    @Test
    void read_written_sameEntriesInOrder() throws IOException {
        CodeList read = roundTrip(ENTRIES);
        assertThat(read).containsExactlyElementsOf(ENTRIES);
        assertThat(read.get(0).longTitle()).isSameAs(read.get(0).shortTitle());
    }

    @Test
    void indexOf_knownAndUnknownCodes() throws IOException {
        CodeList read = roundTrip(ENTRIES);
        assertThat(read.indexOf("E1122")).isEqualTo(2);
        assertThat(read.entry("S72321A")).contains(ENTRIES.get(4));
        assertThat(read.indexOf("E112")).isEqualTo(1);
        assertThat(read.indexOf("E1123")).isEqualTo(-1);
        assertThat(read.indexOf("e1122")).isEqualTo(-1);
        assertThat(read.indexOf("")).isEqualTo(-1);
        assertThat(read.contains("E11")).isTrue();
    }

    @Test
    void codeAt_prefixAndExact() throws IOException {
        CodeList read = roundTrip(ENTRIES);
        assertThat(read.codeAt(2, "E112", false)).isTrue();
        assertThat(read.codeAt(2, "E112", true)).isFalse();
        assertThat(read.codeAt(2, "E1122", true)).isTrue();
        assertThat(read.codeAt(0, "E112", false)).isFalse();
        assertThat(read.codeLength(4)).isEqualTo(7);
    }

    @Test
    void indexOf_everyCodeOfARandomList_findsItsRow() {
        QuickTheory.qt().withExamples(50).forAll(SourceDSL.integers().between(0, 3000)).checkAssert(n -> {
            List<IcdCmEntry> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String code = "A" + (char) ('0' + i % 10) + (char) ('0' + i / 10 % 10) + Integer.toString(i / 100, 36).toUpperCase();
                list.add(e(code, i % 2 == 0, "t" + i, "title " + i));
            }
            try {
                CodeList read = roundTrip(list);
                for (int i = 0; i < n; i++) {
                    assertThat(read.indexOf(list.get(i).code().value())).isEqualTo(i);
                }
                assertThat(read).isEqualTo(list);
            } catch (IOException ex) {
                throw new AssertionError(ex);
            }
        });
    }
}
