package org.medcoder.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.medcoder.codesets.CodeSets;
import org.medcoder.codesets.CodeTitle;
import org.medcoder.codesets.IcdCmLookup;
import org.medcoder.codesets.IcdCmRelease;
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

/** {@code medcoder lookup CODE}: an ICD-10-CM code with its hierarchy, notes and 7th characters. */
@Command(name = "lookup", mixinStandardHelpOptions = true,
        description = "Show an ICD-10-CM code: title, billable or header, hierarchy, every applying note, 7th characters.")
final class LookupCommand implements Callable<Integer> {

    private static final int SHOWN_BELOW = 20;

    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CODE", description = "ICD-10-CM code, with or without the dot (e.g. E11.22, E1122).")
    String code;

    @Option(names = "--dos", paramLabel = "DATE", description = "Date of service (yyyy-mm-dd) choosing the release; default today.")
    LocalDate dos;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        IcdCmCode parsed = IcdCmCode.parse(code);
        LocalDate date = dos != null ? dos : LocalDate.now();
        CodeSets sets = CodeSetsAccess.load(data, spec.commandLine().getErr());
        IcdCmRelease release = sets.icd10cm(date);
        if (release.entry(parsed).isEmpty()) {
            IcdCmValidation v = IcdCmValidator.validate(sets, code, date);
            out.println(json ? Json.write(v) : ValidateCommand.text(v));
            out.flush();
            return 1;
        }
        IcdCmLookup view = IcdCmLookup.of(release, parsed);
        out.println(json ? Json.write(view) : text(view));
        out.flush();
        return 0;
    }

    static String text(IcdCmLookup v) {
        StringBuilder b = new StringBuilder();
        b.append(v.code()).append("  ").append(v.title()).append('\n');
        b.append(v.billable() ? "billable" : "header (not billable)").append(" · ICD-10-CM ").append(v.release())
                .append(v.releaseDerived() ? " (derived release)" : "").append('\n');
        b.append("\nHierarchy\n");
        for (IcdCmLookup.Level l : v.hierarchy()) {
            b.append(String.format("  %-12s %-9s %s%n", l.level(), l.id(), l.title()));
        }
        if (!v.billableBelow().isEmpty()) {
            b.append("\nBillable codes below (").append(v.billableBelow().size()).append(")\n");
            for (CodeTitle c : v.billableBelow().subList(0, Math.min(SHOWN_BELOW, v.billableBelow().size()))) {
                b.append(String.format("  %-9s %s%n", c.code(), c.title()));
            }
            if (v.billableBelow().size() > SHOWN_BELOW) {
                b.append("  ... ").append(v.billableBelow().size() - SHOWN_BELOW).append(" more (--json lists all)\n");
            }
        }
        b.append("\nNotes (").append(v.notes().size()).append(")\n");
        String lastKey = "";
        for (IcdCmLookup.Note n : v.notes()) {
            String key = n.level() + " " + n.at() + " · " + n.kind();
            if (!key.equals(lastKey)) {
                b.append("  [").append(n.level()).append(' ').append(n.at()).append("] ").append(n.kind())
                        .append("  (").append(n.source()).append(")\n");
                lastKey = key;
            }
            b.append("      ").append(n.text()).append('\n');
        }
        if (!v.seventhCharacters().isEmpty()) {
            b.append("\n7th characters (from ").append(v.seventhFrom()).append(")\n");
            for (SeventhCharacter s : v.seventhCharacters()) {
                b.append("  ").append(s.character()).append("  ").append(s.meaning()).append('\n');
            }
        }
        return b.toString().stripTrailing();
    }
}
