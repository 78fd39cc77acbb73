package org.medcoder.claims.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medcoder.claims.Claim;
import org.medcoder.claims.ClaimReader;
import org.medcoder.claims.Receiver;
import org.medcoder.claims.Submitter;

class Claim837WriterTest {

    static final Path EXAMPLES = Path.of("..", "docs", "examples");
    static final Envelope ENVELOPE = new Envelope(new Submitter("Riverside Billing", "RIVERSIDE01", "Billing Office", "2175550100"),
            new Receiver("Example Clearinghouse", "EXCH01"), 42, LocalDateTime.of(2026, 3, 3, 9, 30), true);

    static List<Claim> example(String name) throws IOException {
        return ClaimReader.read(Files.readString(EXAMPLES.resolve(name)), name).validClaims();
    }

    static String write(TransactionKind guide, List<? extends Claim> claims, Write837Result[] result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result[0] = new Claim837Writer(guide).write(claims, ENVELOPE, out);
        return out.toString(StandardCharsets.US_ASCII);
    }

    @Test
    void write_professionalExample_validAndComplete() throws IOException {
        Write837Result[] r = new Write837Result[1];
        String edi = write(TransactionKind.PROFESSIONAL_837P, example("claim-837p.json"), r);
        assertThat(r[0].findings()).isEmpty();
        assertThat(edi).contains("SV1*HC:99213:25*125*UN*1***1:2~");
    }

    @Test
    void write_institutionalExample_validAndComplete() throws IOException {
        Write837Result[] r = new Write837Result[1];
        String edi = write(TransactionKind.INSTITUTIONAL_837I, example("claim-837i.json"), r);
        assertThat(r[0].findings()).isEmpty();
    }

    @Test
    void schema_wrongCodeAndMissingSegment_reportedWhileWriting() throws Exception {
        ValidationCollector collector = new ValidationCollector("t");
        io.xlate.edi.stream.EDIOutputFactory f = io.xlate.edi.stream.EDIOutputFactory.newFactory();
        f.setErrorReporter(collector);
        var w = f.createEDIStreamWriter(java.io.OutputStream.nullOutputStream());
        w.setControlSchema(X12Schemas.control());
        w.startInterchange();
        w.setTransactionSchema(X12Schemas.require(TransactionKind.PROFESSIONAL_837P));
        SegmentSink s = new SegmentSink(w);
        Envelopes.header(s, ENVELOPE, TransactionKind.PROFESSIONAL_837P);
        s.resetCount();
        s.segment("ST", "837", "0001", "005010X222A1");
        s.segment("BHT", "0019", "00", "1", "20260303", "0930", "XX");
        s.segment("SE", "3", "0001");
        Envelopes.trailer(s, ENVELOPE, 1);
        w.endInterchange();
        assertThat(collector.findings()).extracting(f2 -> f2.ruleId()).contains("X12-IMPLEMENTATION_INVALID_CODE_VALUE")
                .anyMatch(id -> id.contains("MISSING") || id.contains("MINIMUM"));
    }

    @Test
    void write_claimFailingSchemaOnly_leftOutOthersWritten() throws IOException {
        String json = Files.readString(EXAMPLES.resolve("claim-837p.json"));
        // A one-character member id passes the model but not the TR3 (NM109 is 2-80 characters).
        String bad = json.replace("PCN-2026-0001", "PCN-SHORT").replace("XYZ123456789", "X");
        List<Claim> claims = ClaimReader.read("[" + bad + "," + json + "]", "b.json").validClaims();
        assertThat(claims).hasSize(2);
        Write837Result[] r = new Write837Result[1];
        String edi = write(TransactionKind.PROFESSIONAL_837P, claims, r);
        assertThat(r[0].written()).extracting(c -> c.value()).containsExactly("PCN-2026-0001");
        assertThat(r[0].findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("X12-DATA_ELEMENT_TOO_SHORT");
            assertThat(f.location().source()).isEqualTo("PCN-SHORT");
            assertThat(f.location().path()).isEqualTo("NM109");
        });
        assertThat(edi).doesNotContain("PCN-SHORT").contains("CLM*PCN-2026-0001*");
        assertThat(ImswebClaims.read(edi, false).claims()).containsExactly(claims.get(1));
    }
}
