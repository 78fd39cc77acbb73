package org.medcoder.claims.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Ack999WriterTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 26, 21, 30);

    static List<String> write999(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Ack999Writer.write(report, 42, NOW, out);
        List<String> segments = new ArrayList<>();
        ValidationReport ack = X12Scanner.scan(new ByteArrayInputStream(out.toByteArray()), "ack.999", s -> {
            StringBuilder b = new StringBuilder(s.tag());
            for (int i = 1; i <= s.elementCount(); i++) {
                b.append('*').append(s.element(i));
                for (int c = 2; !s.component(i, c).isEmpty(); c++) {
                    b.append(':').append(s.component(i, c));
                }
            }
            segments.add(b.toString());
        });
        // The 999 itself has a sound envelope: counts and control numbers agree.
        assertThat(ack.envelopeErrors()).isEmpty();
        assertThat(ack.transactions()).singleElement().satisfies(t -> assertThat(t.errors())
                .allSatisfy(e -> assertThat(e.code()).isEqualTo("1"))); // 999 is not a kind medcoder validates
        return segments;
    }

    @Test
    void write_validFile_acceptedAk9() {
        List<String> ack = write999(X12Fixtures.validate(X12Fixtures.clinic835()));

        assertThat(ack).contains("AK1*HP*101*005010X221A1", "AK2*835*0001*005010X221A1", "IK5*A", "AK9*A*1*1*1");
        assertThat(ack.get(0)).contains("*ZZ*MEDCODERCLINIC *ZZ*PAYERSUBMIT    *261126*2130*");
        assertThat(ack).noneMatch(s -> s.startsWith("IK3"));
    }

    @Test
    void write_elementErrors_ik3WithIk4sAndRejected() {
        String bad = X12Fixtures.clinic835().replace("DTM*472*20261101", "DTM*472*20261301").replace("CAS*CO*50*80.00*2", "CAS*XX*50*80.00*2");

        List<String> ack = write999(X12Fixtures.validate(bad));

        assertThat(ack).containsSubsequence("AK2*835*0001*005010X221A1", "IK3*DTM*16*2110*8", "IK4*2*373*8*20261301",
                "IK3*DTM*22*2110*8", "IK4*2*373*8*20261301", "IK3*CAS*35*2110*8", "IK4*1*1033*7*XX", "IK5*R*5", "AK9*R*1*1*0");
    }

    @Test
    void write_segmentCountWrong_ik5Code4() {
        List<String> ack = write999(X12Fixtures.validate(X12Fixtures.clinic835().replace("SE*43*0001", "SE*41*0001")));

        assertThat(ack).contains("IK5*R*4");
    }

    @Test
    void write_unreadable_refused() {
        ValidationReport report = X12Fixtures.validate("not x12 at all");

        assertThatThrownBy(() -> Ack999Writer.write(report, 1, NOW, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing to acknowledge");
    }
}
