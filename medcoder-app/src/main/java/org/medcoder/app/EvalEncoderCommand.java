package org.medcoder.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.medcoder.codesets.CodeSetsLoader;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.encoder.EncodedCode;
import org.medcoder.encoder.Encoder;
import org.medcoder.encoder.EncoderEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code medcoder eval encoder --file TSV}: exact code-set match rate and code-level P/R/F1, every miss with its trail. */
@Command(name = "encoder", mixinStandardHelpOptions = true,
        description = "Score the encoder on 'statement<TAB>expected codes' lines.")
final class EvalEncoderCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    @Option(names = "--file", required = true, paramLabel = "TSV", description = "Lines 'statement<TAB>codes in sequence order'.")
    Path file;

    @Option(names = "--dos", paramLabel = "DATE", description = "Date of service; picks the release. Default: today.")
    LocalDate dos;

    @Option(names = "--json", description = "Print the figures and misses as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<EncoderEvaluation.Case> cases = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            EncoderEvaluation.Case c = EncoderEvaluation.Case.parse(i + 1, lines.get(i));
            if (c != null) {
                cases.add(c);
            }
        }
        IcdCmRelease release = CodeSetsLoader.load(data.dataDir(), DataOptions.cacheDir())
                .icd10cm(dos != null ? dos : LocalDate.now());
        EncoderEvaluation e = EncoderEvaluation.run(Encoder.forRelease(release), cases);
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? Json.write(json(e, release.info().version())) : text(e, release.info().version()));
        out.flush();
        return 0;
    }

    static java.util.Map<String, Object> json(EncoderEvaluation e, String version) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("release", "ICD-10-CM " + version);
        m.put("statements", e.statements());
        m.put("exact", e.exact());
        m.put("exactRate", e.exactRate());
        m.put("sameSet", e.sameSet());
        m.put("precision", e.precision());
        m.put("recall", e.recall());
        m.put("f1", e.f1());
        m.put("misses", e.misses().stream().map(x -> {
            java.util.Map<String, Object> mm = new java.util.LinkedHashMap<>();
            mm.put("line", x.line());
            mm.put("statement", x.result().statement());
            mm.put("expected", x.expected().stream().map(c -> c.dotted()).toList());
            mm.put("got", EncodeCommand.json(x.result()));
            return mm;
        }).toList());
        return m;
    }

    static String text(EncoderEvaluation e, String version) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("ICD-10-CM %s, %d statements%n", version, e.statements()));
        sb.append(String.format("exact code-set match (codes and order): %d/%d = %.1f%%%n", e.exact(), e.statements(),
                100 * e.exactRate()));
        sb.append(String.format("same code set (any order):              %d/%d%n", e.sameSet(), e.statements()));
        sb.append(String.format("code level: precision %.3f  recall %.3f  F1 %.3f (%d produced, %d expected, %d correct)%n",
                e.precision(), e.recall(), e.f1(), e.produced(), e.expected(), e.truePositives()));
        for (EncoderEvaluation.Miss m : e.misses()) {
            sb.append(String.format("%nMISS line %d: %s%n  expected: %s%n  got:      %s%n", m.line(), m.result().statement(),
                    m.expected().stream().map(c -> c.dotted()).collect(Collectors.joining(" ")),
                    m.result().found() ? m.result().codesText() : "(no index entry found)"));
            for (EncodedCode c : m.result().codes()) {
                sb.append("    ").append(c.code().dotted()).append(": ").append(c.trail().indexPath()).append('\n');
                for (String t : c.trail().tabular()) {
                    sb.append("        ").append(t).append('\n');
                }
            }
        }
        return sb.toString().stripTrailing();
    }
}
