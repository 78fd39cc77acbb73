package org.medcoder.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.medcoder.codesets.CodeSetsLoader;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;
import org.medcoder.encoder.Encoder;
import org.medcoder.encoder.OpenQuestion;
import org.medcoder.encoder.Setting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code medcoder encode}: the ICD-10-CM code set for a diagnostic statement, found through the Alphabetic Index
 * and verified in the Tabular List, with the trail of every code; {@code --ask} asks for missing details,
 * {@code --file} encodes one statement per line.
 */
@Command(name = "encode", mixinStandardHelpOptions = true,
        description = "Encode a diagnostic statement to ICD-10-CM codes (index -> tabular -> notes), with the trail.")
final class EncodeCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "STATEMENT", description = "The diagnostic statement, in quotes.")
    String statement;

    @Option(names = "--file", paramLabel = "STATEMENTS.txt",
            description = "Encode one statement per line; prints 'statement<TAB>codes' (dotted, in sequence order).")
    Path file;

    @Option(names = "--dos", paramLabel = "DATE", description = "Date of service (YYYY-MM-DD); picks the release. Default: today.")
    LocalDate dos;

    @Option(names = "--setting", paramLabel = "outpatient|inpatient", description = "Care setting, default outpatient: "
            + "an uncertain diagnosis (probable, suspected, rule out ...) is not coded in the outpatient setting, its "
            + "signs and symptoms are (Guidelines IV.H); inpatient codes it as if established (II.H, III.C).")
    String setting;

    @Option(names = "--json", description = "Print the result as JSON, open questions included.")
    boolean json;

    @Option(names = "--ask", description = "Ask for details the statement lacks (laterality, encounter, stage ...).")
    boolean ask;

    @Override
    public Integer call() throws IOException {
        if (setting != null && !setting.equals("outpatient") && !setting.equals("inpatient")) {
            throw new IllegalArgumentException("--setting must be outpatient or inpatient, not '" + setting + "'");
        }
        EncodeOptions options = EncodeOptions.defaults().withSetting(setting == null ? Setting.OUTPATIENT
                : Setting.parse(setting));
        if ((statement == null) == (file == null)) {
            throw new IllegalArgumentException("give one STATEMENT or --file STATEMENTS.txt");
        }
        IcdCmRelease release = CodeSetsLoader.load(data.dataDir(), DataOptions.cacheDir())
                .icd10cm(dos != null ? dos : LocalDate.now());
        Encoder encoder = Encoder.forRelease(release);
        PrintWriter out = spec.commandLine().getOut();
        if (file != null) {
            return batch(encoder, out, options);
        }
        EncodeResult r = ask ? interactive(encoder, out, options) : encoder.encode(statement, options);
        out.println(json ? Json.write(json(r)) : text(r));
        out.flush();
        return r.found() ? 0 : 1;
    }

    private int batch(Encoder encoder, PrintWriter out, EncodeOptions options) throws IOException {
        String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        for (String line : content.split("\r?\n")) {
            if (line.isBlank()) {
                continue;
            }
            String stmt = line.contains("\t") ? line.substring(0, line.indexOf('\t')) : line;
            // Control characters (binary input) are blanked so the output stays one line per statement.
            out.println(stmt.replaceAll("\\p{Cntrl}", " ") + "\t" + encoder.encode(stmt, options).codesText());
        }
        out.flush();
        return 0;
    }

    /** Asks each open question in the terminal, then encodes again with the answer, until none is left. */
    private EncodeResult interactive(Encoder encoder, PrintWriter out, EncodeOptions start) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        EncodeOptions options = start;
        Set<String> asked = new HashSet<>();
        EncodeResult r = encoder.encode(statement, options);
        for (int round = 0; round < 12; round++) {
            OpenQuestion q = r.questions().stream().filter(x -> !asked.contains(x.id())).findFirst().orElse(null);
            if (q == null) {
                break;
            }
            asked.add(q.id());
            out.println(q.question());
            List<OpenQuestion.Answer> answers = q.answers();
            for (int i = 0; i < answers.size(); i++) {
                out.printf("  %d) %s  %s%n", i + 1, answers.get(i).value(), answers.get(i).meaning());
            }
            out.printf("Answer [1-%d, Enter = %s]: ", answers.size(), q.assumed());
            out.flush();
            String line = in.readLine();
            String value = choose(line, answers, q.assumed());
            options = options.withAnswer(q.id(), value);
            r = encoder.encode(statement, options);
        }
        return r;
    }

    private static String choose(String line, List<OpenQuestion.Answer> answers, String assumed) {
        if (line == null || line.isBlank()) {
            return assumed;
        }
        String t = line.strip();
        try {
            int i = Integer.parseInt(t);
            if (i >= 1 && i <= answers.size()) {
                return answers.get(i - 1).value();
            }
        } catch (NumberFormatException e) {
            // not a number: take it as the value itself
        }
        for (OpenQuestion.Answer a : answers) {
            if (a.value().equalsIgnoreCase(t)) {
                return a.value();
            }
        }
        return assumed;
    }

    /** The result for people: each code with its title and trail, then the open questions. */
    static String text(EncodeResult r) {
        StringBuilder sb = new StringBuilder();
        if (!r.found() && !r.notes().isEmpty()) {
            sb.append("no code assigned for '").append(shorten(r.statement())).append("'\n");
            r.notes().forEach(n -> sb.append("note: ").append(n).append('\n'));
            appendQuestions(sb, r);
            return sb.toString().stripTrailing();
        }
        if (!r.found()) {
            sb.append("no index entry found for '").append(shorten(r.statement())).append("'");
            if (!r.nearestTerms().isEmpty()) {
                sb.append("\nnearest index terms: ").append(String.join("; ", r.nearestTerms()));
            }
            return sb.toString();
        }
        sb.append(r.codesText()).append('\n');
        for (EncodedCode c : r.codes()) {
            sb.append('\n').append(c.code().dotted()).append("  ").append(c.title()).append('\n');
            sb.append("  index:      ").append(c.trail().indexPath()).append('\n');
            for (String t : c.trail().tabular()) {
                sb.append("  tabular:    ").append(t).append('\n');
            }
            sb.append("  guidelines: ").append(String.join(", ", c.trail().guidelines())).append('\n');
            sb.append("  release:    ").append(c.trail().release()).append('\n');
        }
        r.notes().forEach(n -> sb.append("\nnote: ").append(n));
        appendQuestions(sb, r);
        return sb.toString().stripTrailing();
    }

    private static void appendQuestions(StringBuilder sb, EncodeResult r) {
        for (OpenQuestion q : r.questions()) {
            sb.append("\nopen question [").append(q.id()).append("]: ").append(q.question())
                    .append(" (assumed ").append(q.assumed()).append(")");
        }
    }

    /** The result as JSON data: codes written with dots, every trail and open question. */
    static Map<String, Object> json(EncodeResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("statement", r.statement());
        m.put("found", r.found());
        m.put("codes", r.codes().stream().map(c -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("code", c.code().dotted());
            e.put("title", c.title());
            e.put("trail", c.trail());
            return e;
        }).toList());
        m.put("questions", r.questions());
        m.put("nearestTerms", r.nearestTerms());
        m.put("notes", r.notes());
        m.put("release", r.release());
        return m;
    }

    private static String shorten(String s) {
        String t = s.replaceAll("\\p{Cntrl}", " ");
        return t.length() > 60 ? t.substring(0, 60) + "..." : t;
    }
}
