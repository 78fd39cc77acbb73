package org.medcoder.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.medcoder.claims.Address;
import org.medcoder.claims.BillingProvider;
import org.medcoder.claims.Claim;
import org.medcoder.claims.ClaimHeader;
import org.medcoder.claims.ClaimId;
import org.medcoder.claims.DateRange;
import org.medcoder.claims.Diagnosis;
import org.medcoder.claims.FrequencyCode;
import org.medcoder.claims.Modifier;
import org.medcoder.claims.Npi;
import org.medcoder.claims.Patient;
import org.medcoder.claims.Payer;
import org.medcoder.claims.Person;
import org.medcoder.claims.PlaceOfService;
import org.medcoder.claims.ProfessionalClaim;
import org.medcoder.claims.ProfessionalLine;
import org.medcoder.claims.Provider;
import org.medcoder.claims.Receiver;
import org.medcoder.claims.Relationship;
import org.medcoder.claims.Sex;
import org.medcoder.claims.Submitter;
import org.medcoder.claims.Subscriber;
import org.medcoder.claims.TaxId;
import org.medcoder.claims.TaxonomyCode;
import org.medcoder.claims.x12.Claim837Writer;
import org.medcoder.claims.x12.Envelope;
import org.medcoder.claims.x12.TransactionKind;
import org.medcoder.claims.x12.Write837Result;
import org.medcoder.core.HcpcsCode;
import org.medcoder.core.IcdCmCode;
import org.medcoder.core.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 837P writing throughput: claims written per second on one thread (one core), with everything {@code claim build}
 * does after the claims are read and checked — the batch written (HL hierarchy, envelopes, counts) through StAEDI
 * into memory and then to a byte-counting sink, with ({@code validate=true}, what {@code claim build} does) and
 * without the implementation-schema validation (envelope checks only). Each invocation writes 1,000 synthetic claims (2-4 diagnoses, 1-4 lines, half with a dependent
 * patient, 20 billing providers) built once with a fixed seed. The score is claims/s.
 *
 * <p>Run: {@code mvn -B -o -q -pl medcoder-bench -am package -DskipTests && java -jar
 * medcoder-bench/target/benchmarks.jar Claim837Benchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Threads(1)
public class Claim837Benchmark {

    static final int CLAIMS = 1000;
    private static final String[] CPT = {"99213", "99214", "99203", "87880", "36415", "93000", "71046", "J1100", "G0439"};
    private static final String[] ICD = {"J029", "R509", "E119", "I10", "M545", "Z0000", "K219", "F419", "E785"};

    /** true: validated against the 005010X222A1 implementation schema while writing (what {@code claim build} does). */
    @Param({"true", "false"})
    public boolean validate;

    private Claim837Writer writer;
    private List<Claim> claims;
    private Envelope envelope;

    @Setup
    public void setUp() {
        writer = new Claim837Writer(TransactionKind.PROFESSIONAL_837P, validate);
        Random r = new Random(837);
        List<BillingProvider> providers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            providers.add(new BillingProvider(Provider.organization("Clinic " + i, npi(r), Optional.of(new TaxonomyCode("207Q00000X"))),
                    new TaxId(String.format("%09d", 100_000_000 + i)), Address.of(i + " Main Street", "Springfield", "IL", "627011234")));
        }
        claims = new ArrayList<>();
        for (int i = 0; i < CLAIMS; i++) {
            claims.add(claim(r, i, providers.get(r.nextInt(providers.size()))));
        }
        envelope = new Envelope(new Submitter("Bench Billing", "BENCH01", "Billing Office", "2175550100"),
                new Receiver("Bench Clearinghouse", "BENCHCH"), 1, LocalDateTime.of(2026, 3, 3, 9, 30), true);
    }

    /** Writes 1,000 claims; the score is claims per second. */
    @Benchmark
    @OperationsPerInvocation(CLAIMS)
    public long write837p() {
        CountingSink sink = new CountingSink();
        Write837Result result = writer.write(claims, envelope, sink);
        if (result.written().size() != CLAIMS) {
            throw new IllegalStateException("claims left out: " + result.findings());
        }
        return sink.bytes;
    }

    private static ProfessionalClaim claim(Random r, int n, BillingProvider provider) {
        Address home = Address.of(n + " Elm Street", "Springfield", "IL", "62702");
        Person subscriber = new Person("Doe" + n, "Jane", Optional.empty(), LocalDate.of(1980, 1, 1).plusDays(r.nextInt(9000)), Sex.F, home);
        Optional<Patient> patient = r.nextBoolean() ? Optional.of(new Patient(Relationship.CHILD,
                new Person("Doe" + n, "Sam", Optional.empty(), LocalDate.of(2015, 1, 1).plusDays(r.nextInt(2000)), Sex.M, home)))
                : Optional.empty();
        ClaimHeader header = new ClaimHeader(new ClaimId("PCN-" + n), FrequencyCode.ORIGINAL, Optional.empty(), provider,
                new Subscriber("MEM" + n, Optional.of("GRP1"), "CI", subscriber), patient, new Payer("Example Health Plan", "EHP01"),
                Optional.empty());
        List<Diagnosis> dx = new ArrayList<>();
        for (int i = 0, count = 2 + r.nextInt(3); i < count; i++) {
            dx.add(Diagnosis.of(IcdCmCode.parse(ICD[(n + i) % ICD.length])));
        }
        List<ProfessionalLine> lines = new ArrayList<>();
        LocalDate dos = LocalDate.of(2026, 3, 2).minusDays(r.nextInt(60));
        for (int i = 0, count = 1 + r.nextInt(4); i < count; i++) {
            lines.add(new ProfessionalLine(HcpcsCode.parse(CPT[r.nextInt(CPT.length)]), i == 0 ? List.of(Modifier.parse("25")) : List.of(),
                    BigDecimal.ONE, Money.of(BigDecimal.valueOf(2_500 + r.nextInt(20_000), 2)), List.of(1 + r.nextInt(dx.size())),
                    DateRange.day(dos)));
        }
        return new ProfessionalClaim(header, new PlaceOfService("11"), Optional.empty(), dx, lines);
    }

    private static Npi npi(Random r) {
        String base = String.valueOf(100_000_000 + r.nextInt(800_000_000));
        return new Npi(base + Npi.checkDigit(base));
    }

    /** An output stream that only counts, so the score is the writer's, not the disk's. */
    private static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) throws IOException {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
