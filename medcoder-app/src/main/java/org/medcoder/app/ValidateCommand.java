package org.medcoder.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.medcoder.codesets.CodeSets;
import org.medcoder.codesets.CodeTitle;
import org.medcoder.codesets.IcdCmValidation;
import org.medcoder.codesets.IcdCmValidator;
import org.medcoder.codesets.SeventhCharacter;
import org.medcoder.core.IcdCmCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code medcoder validate CODE...}: valid and billable on the date of service, or why not. Exit 0 only if all are. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check ICD-10-CM codes for a date of service; exit 0 only when all are valid and billable.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CODE", arity = "1..*", description = "ICD-10-CM codes, with or without the dot.")
    List<String> codes;

    @Option(names = "--dos", paramLabel = "DATE", description = "Date of service (yyyy-mm-dd); default today.")
    LocalDate dos;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        codes.forEach(IcdCmCode::parse); // a malformed code is a user mistake: one line, exit 2, before loading
        LocalDate date = dos != null ? dos : LocalDate.now();
        CodeSets sets = CodeSetsAccess.load(data, spec.commandLine().getErr());
        List<IcdCmValidation> results = new ArrayList<>();
        for (String c : codes) {
            results.add(IcdCmValidator.validate(sets, c, date));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(results));
        } else {
            results.forEach(v -> out.println(text(v)));
        }
        out.flush();
        return results.stream().allMatch(IcdCmValidation::ok) ? 0 : 1;
    }

    static String text(IcdCmValidation v) {
        StringBuilder b = new StringBuilder();
        b.append(v.code()).append("  ").append(v.status()).append("  (").append(v.release()).append(", ").append(v.dateOfService())
                .append(")\n  ").append(v.message()).append('\n');
        for (SeventhCharacter s : v.seventhCharacters()) {
            b.append("    ").append(s.character()).append("  ").append(s.meaning()).append('\n');
        }
        if (!v.ok() && v.seventhCharacters().isEmpty()) {
            for (CodeTitle c : v.suggestions()) {
                b.append(String.format("    %-9s %s%s%n", c.code(), c.title(), c.billable() ? "" : " (header)"));
            }
        }
        return b.toString().stripTrailing();
    }
}
