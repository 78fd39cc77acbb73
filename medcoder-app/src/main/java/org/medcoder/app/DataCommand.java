package org.medcoder.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.medcoder.codesets.CodeSets;
import org.medcoder.codesets.CodeSetsLoader;
import org.medcoder.codesets.ReleaseInfo;
import org.medcoder.codesets.SourceFile;
import org.medcoder.core.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code medcoder data status|import}: what code-set releases are loaded, and loading a folder of official files. */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Code-set data: status of loaded releases, import a folder.",
        subcommands = {DataCommand.Status.class, DataCommand.Import.class, DataCommand.Addenda.class})
final class DataCommand {

    /** {@code data status}: every loaded release with counts, sources and provenance. */
    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "List every loaded release: system, version, period, counts, source files (sha256), provenance and mismatches.")
    static final class Status implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            CodeSets sets = CodeSetsAccess.load(data, spec.commandLine().getErr());
            print(sets.releases(), json, spec.commandLine().getOut());
            return 0;
        }
    }

    /** {@code data addenda}: what the ICD-10-CM addenda PDFs left out (lines not understood, changes not applied). */
    @Command(name = "addenda", mixinStandardHelpOptions = true,
            description = "List each ICD-10-CM addenda line not understood and each change not applied, with its PDF page and line.")
    static final class Addenda implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            List<Finding> left = CodeSetsLoader.icd10cmAddendaLeftOut(data.dataDir(), DataOptions.cacheDir(), f -> {
                err.println("medcoder: warning: " + f.location() + ": " + f.message());
                err.flush();
            });
            PrintWriter out = spec.commandLine().getOut();
            left.forEach(f -> out.println(f.location() + ": " + f.message()));
            out.println(left.size() + " addenda lines or changes left out");
            out.flush();
            return 0;
        }
    }

    /** {@code data import DIR}: loads a folder laid out like shared/data, builds its snapshots and makes it the default. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a folder of official files laid out like ../shared/data: parse, snapshot, and use it by default.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "Folder of official files (icd10cm/, icd10pcs/, hcpcs/ ...).")
        Path dir;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("not a folder: " + dir);
            }
            PrintWriter err = spec.commandLine().getErr();
            int[] warnings = new int[1];
            CodeSets sets = CodeSetsLoader.load(dir, DataOptions.cacheDir(), f -> {
                warnings[0]++;
                err.println("medcoder data import: " + f.location() + ": " + f.message());
                err.flush();
            });
            if (sets.releases().isEmpty()) {
                throw new IllegalArgumentException("no code-set release found in " + dir.toAbsolutePath().normalize());
            }
            DataOptions.rememberImported(dir);
            print(sets.releases(), json, spec.commandLine().getOut());
            return warnings[0] == 0 ? 0 : 1;
        }
    }

    static void print(List<ReleaseInfo> releases, boolean json, PrintWriter out) {
        out.println(json ? Json.write(releases) : text(releases));
        out.flush();
    }

    static String text(List<ReleaseInfo> releases) {
        StringBuilder b = new StringBuilder();
        for (ReleaseInfo r : releases) {
            b.append(r.system().id()).append(' ').append(r.version()).append("  ").append(r.period())
                    .append(r.derived() ? "  DERIVED (not official)" : "  official").append('\n');
            Map<String, Long> c = r.counts();
            b.append("  counts:  ").append(join(c, k -> !k.startsWith("notes.") && !k.startsWith("mismatch."))).append('\n');
            String notes = join(c, k -> k.startsWith("notes."));
            if (!notes.isEmpty()) {
                b.append("  notes:   ").append(notes.replace("notes.", "")).append('\n');
            }
            String mismatch = join(c, k -> k.startsWith("mismatch."));
            if (!mismatch.isEmpty()) {
                b.append("  mismatch: ").append(mismatch.replace("mismatch.", "")).append('\n');
            }
            b.append("  sources:\n");
            for (SourceFile s : r.sources()) {
                b.append("    ").append(s.path()).append("  ").append(s.fiscalYear()).append("  ").append(s.role())
                        .append(s.official() ? "" : "  (third-party)").append("\n      sha256 ").append(s.sha256()).append('\n');
            }
            b.append("  provenance:\n");
            r.provenance().forEach(p -> b.append("    - ").append(p).append('\n'));
            b.append('\n');
        }
        return b.toString().stripTrailing();
    }

    private static String join(Map<String, Long> counts, java.util.function.Predicate<String> keep) {
        return counts.entrySet().stream().filter(e -> keep.test(e.getKey()))
                .map(e -> e.getKey() + " " + String.format("%,d", e.getValue())).collect(Collectors.joining(" · "));
    }

}
