package org.medcoder.bench;

import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.medcoder.claims.remit.RemitReadResult;
import org.medcoder.claims.remit.RemitReader;
import org.medcoder.claims.x12.TransactionKind;
import org.medcoder.claims.x12.X12Schemas;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 835 read throughput on one thread (one core), beside the raw speed of StAEDI's own reader on the same bytes.
 * The setup generates a valid, balanced 005010X221A1 file of {@value #CLAIMS} claims (1-4 service lines each, with
 * CAS, DTM, REF, AMT and LQ segments) in transaction sets of {@value #CLAIMS_PER_ST} claims, about 10 MB, from a
 * fixed seed, and checks that medcoder reads it without a finding. Four benchmarks read it, each with one
 * {@link EDIInputFactory} made once and configured like medcoder's (line breaks after segment terminators allowed):
 * <ul>
 *   <li>{@code staediRaw}: StAEDI's reader alone, no transaction schema: every event read, every element's text taken;</li>
 *   <li>{@code staediWithSchema}: the same with medcoder's 835 schema set, so StAEDI validates;</li>
 *   <li>{@code medcoderRemitReader}: {@link RemitReader#read}: validation, findings and the remittance model;</li>
 *   <li>{@code medcoderRemitReaderNoValidation}: the same without schema validation (envelope only).</li>
 * </ul>
 * The {@code bytes} secondary metric is the input bytes read per second; MB/s = bytes/s ÷ 1,000,000.
 *
 * <p>Run: {@code mvn -B -o -q -pl medcoder-bench -am package -DskipTests && java -jar
 * medcoder-bench/target/benchmarks.jar Remit835Benchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Threads(1)
public class Remit835Benchmark {

    static final int CLAIMS = 26_000;
    static final int CLAIMS_PER_ST = 250;
    private static final String[] CODES = {"99213", "99214", "36415", "85025", "97110", "93000", "71046", "80053"};
    private static final String[] CARC = {"45", "97", "50", "16", "252", "59"};

    /** One factory for every read, configured as medcoder's scanner configures its own. */
    private static final EDIInputFactory FACTORY = EDIInputFactory.newFactory();

    static {
        FACTORY.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
    }

    byte[] file;

    /** Counts the bytes read, reported per second as the {@code bytes} metric. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        public long bytes;
    }

    @Setup
    public void generate() {
        file = generate835(new Random(835)).getBytes(StandardCharsets.US_ASCII);
        RemitReadResult check = RemitReader.read(new ByteArrayInputStream(file), "bench.835");
        if (!check.findings().isEmpty() || check.remittances().size() != CLAIMS / CLAIMS_PER_ST) {
            throw new IllegalStateException("generated 835 is not clean: " + check.findings().stream().limit(3).toList());
        }
    }

    @Benchmark
    public long staediRaw(Bytes bytes) throws EDIStreamException, IOException {
        bytes.bytes += file.length;
        return readWithStaedi(file, null);
    }

    @Benchmark
    public long staediWithSchema(Bytes bytes) throws EDIStreamException, IOException {
        bytes.bytes += file.length;
        return readWithStaedi(file, X12Schemas.schemaFor(TransactionKind.REMITTANCE_835).orElseThrow());
    }

    /**
     * Reads every event of {@code file} with StAEDI alone and takes every element's text (what any consumer does);
     * with a schema, StAEDI validates each transaction set against it. Returns the total text length, so that the
     * JIT cannot drop the reading.
     */
    static long readWithStaedi(byte[] file, Schema schema) throws EDIStreamException, IOException {
        return readWithStaedi(new ByteArrayInputStream(file), schema);
    }

    /** {@link #readWithStaedi(byte[], Schema)} from any stream (StAEDI buffers a stream that has no mark support). */
    static long readWithStaedi(InputStream in, Schema schema) throws EDIStreamException, IOException {
        long chars = 0;
        try (EDIStreamReader r = FACTORY.createEDIStreamReader(in)) {
            while (r.hasNext()) {
                EDIStreamEvent e = r.next();
                if (e == EDIStreamEvent.ELEMENT_DATA) {
                    chars += r.getText().length();
                } else if (e == EDIStreamEvent.START_TRANSACTION && schema != null) {
                    r.setTransactionSchema(schema);
                }
            }
        }
        return chars;
    }

    @Benchmark
    public RemitReadResult medcoderRemitReaderNoValidation(Bytes bytes) {
        RemitReadResult result = RemitReader.read(new ByteArrayInputStream(file), "bench.835", false);
        bytes.bytes += file.length;
        return result;
    }

    @Benchmark
    public RemitReadResult medcoderRemitReader(Bytes bytes) {
        RemitReadResult result = RemitReader.read(new ByteArrayInputStream(file), "bench.835");
        bytes.bytes += file.length;
        return result;
    }

    /** A valid, balanced 835: BPR02 = Σ CLP04 − PLB, and per claim charge − paid = Σ CAS. */
    static String generate835(Random random) {
        StringBuilder b = new StringBuilder(CLAIMS * 420);
        b.append("ISA*00*          *00*          *ZZ*BENCHPAYER     *ZZ*BENCHCLINIC    *261126*1200*^*00501*000000001*0*P*:~\n");
        b.append("GS*HP*BENCHPAYER*BENCHCLINIC*20261126*1200*1*X*005010X221A1~\n");
        int sets = CLAIMS / CLAIMS_PER_ST;
        for (int st = 1; st <= sets; st++) {
            transaction(b, random, String.format("%04d", st));
        }
        b.append("GE*").append(sets).append("*1~\nIEA*1*000000001~\n");
        return b.toString();
    }

    private static void transaction(StringBuilder out, Random random, String control) {
        StringBuilder body = new StringBuilder();
        long paidCents = 0;
        int segments = 0;
        for (int c = 0; c < CLAIMS_PER_ST; c++) {
            StringBuilder claimBody = new StringBuilder();
            int lines = 1 + random.nextInt(4);
            long charge = 0;
            long paid = 0;
            long patient = 0;
            for (int l = 1; l <= lines; l++) {
                long lineCharge = 2_000 + random.nextInt(30_000);
                boolean denied = random.nextInt(10) == 0;
                long contractual = denied ? lineCharge : lineCharge * (20 + random.nextInt(30)) / 100;
                long coins = denied ? 0 : (lineCharge - contractual) / 5;
                long linePaid = lineCharge - contractual - coins;
                claimBody.append("SVC*HC:").append(CODES[random.nextInt(CODES.length)]).append(random.nextBoolean() ? ":25" : "")
                        .append('*').append(money(lineCharge)).append('*').append(money(linePaid)).append("**1~\n")
                        .append("DTM*472*20261101~\n")
                        .append("CAS*CO*").append(denied ? CARC[1 + random.nextInt(CARC.length - 1)] : "45").append('*')
                        .append(money(contractual)).append("~\n");
                segments += 3;
                if (coins > 0) {
                    claimBody.append("CAS*PR*2*").append(money(coins)).append("~\n");
                    segments++;
                }
                claimBody.append("REF*6R*").append(l).append("~\nAMT*B6*").append(money(lineCharge - contractual)).append("~\n");
                segments += 2;
                if (denied) {
                    claimBody.append("LQ*HE*N130~\n");
                    segments++;
                }
                charge += lineCharge;
                paid += linePaid;
                patient += coins;
            }
            body.append("LX*").append(c + 1).append("~\nCLP*BENCH").append(control).append(String.format("%06d", c)).append("*1*")
                    .append(money(charge)).append('*').append(money(paid)).append('*').append(money(patient))
                    .append("*12*PCN").append(control).append(c).append("~\nNM1*QC*1*PATIENT*TEST****MI*M").append(c)
                    .append("~\nDTM*232*20261101~\n").append(claimBody);
            segments += 4;
            paidCents += paid;
        }
        String plb = "PLB*1234567893*20261231*WO:REF1*25.00~\n";
        long total = paidCents - 2_500;
        String head = "ST*835*" + control + "~\nBPR*I*" + money(total) + "*C*ACH*CCP*01*011000015*DA*123456789*1512345678**01*021000021*DA*987654321*20261120~\n"
                + "TRN*1*EFT" + control + "*1512345678~\nDTM*405*20261119~\nN1*PR*BENCH PAYER~\nN3*1 MAIN ST~\nN4*SPRINGFIELD*IL*62701~\n"
                + "N1*PE*BENCH CLINIC*XX*1234567893~\n";
        int count = 8 + segments + 2; // ST..N1(PE), the claims, PLB, SE
        out.append(head).append(body).append(plb).append("SE*").append(count).append('*').append(control).append("~\n");
    }

    private static String money(long cents) {
        return (cents / 100) + "." + String.format("%02d", cents % 100);
    }
}
