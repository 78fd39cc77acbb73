package org.medcoder.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.medcoder.codesets.CodeSets;
import org.medcoder.codesets.CodeSetsLoader;
import org.medcoder.codesets.HcpcsEntry;
import org.medcoder.codesets.HcpcsRelease;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.IcdCmValidator;
import org.medcoder.codesets.PcsRelease;
import org.medcoder.core.HcpcsCode;
import org.medcoder.core.IcdCmCode;
import org.medcoder.core.PcsCode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-code operations on the loaded releases: ICD-10-CM exact lookup (text parsed, then {@code entry}),
 * ICD-10-CM validate (valid, header, bad 7th character inputs mixed), ICD-10-PCS validity from the tables and
 * HCPCS entry lookup. Each invocation handles one code, cycling through 20,000 shuffled codes of the release.
 *
 * <p>Run: {@code mvn -B -o -q -pl medcoder-bench -am package -DskipTests && java -jar
 * medcoder-bench/target/benchmarks.jar LookupBenchmark -jvmArgs -Dmedcoder.data=../shared/data}. The snapshot
 * cache ({@code -Dmedcoder.cache}, default {@code .cache}) is filled on the first run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:+UseSerialGC"})
public class LookupBenchmark {

    private static final LocalDate DOS = LocalDate.of(2026, 3, 1);

    private CodeSets sets;
    private IcdCmRelease cm;
    private PcsRelease pcs;
    private HcpcsRelease hcpcs;
    private String[] cmCodes;
    private PcsCode[] pcsCodes;
    private HcpcsCode[] hcpcsCodes;
    private String[] validateInputs;
    private int i;

    @Setup
    public void load() {
        sets = CodeSetsLoader.load(BenchData.dataDir(), BenchData.cacheDir());
        cm = sets.icd10cm(DOS);
        pcs = sets.icd10pcs(DOS);
        hcpcs = sets.hcpcs(LocalDate.of(2019, 6, 1));
        List<String> c = new ArrayList<>(cm.entries().stream().map(IcdCmEntry::code).map(IcdCmCode::dotted).toList());
        Collections.shuffle(c, new Random(42));
        cmCodes = c.subList(0, 20_000).toArray(String[]::new);
        List<PcsCode> p = new ArrayList<>(pcs.codes().toList());
        Collections.shuffle(p, new Random(7));
        pcsCodes = p.subList(0, 20_000).toArray(PcsCode[]::new);
        hcpcsCodes = hcpcs.entries().stream().map(HcpcsEntry::code).toArray(HcpcsCode[]::new);
        validateInputs = new String[cmCodes.length];
        for (int k = 0; k < cmCodes.length; k++) {
            String code = cmCodes[k];
            validateInputs[k] = k % 10 == 9 ? code.substring(0, code.length() - 1) + "Q" : code;
        }
    }

    private int next(int n) {
        i = i + 1 == Integer.MAX_VALUE ? 0 : i + 1;
        return i % n;
    }

    @Benchmark
    public Object icd10cmLookup() {
        return cm.entry(IcdCmCode.parse(cmCodes[next(cmCodes.length)]));
    }

    @Benchmark
    public Object icd10cmValidate() {
        return IcdCmValidator.validate(sets, validateInputs[next(validateInputs.length)], DOS);
    }

    @Benchmark
    public boolean icd10pcsIsValid() {
        return pcs.isValid(pcsCodes[next(pcsCodes.length)]);
    }

    @Benchmark
    public Object hcpcsEntry() {
        return hcpcs.entry(hcpcsCodes[next(hcpcsCodes.length)]);
    }
}
