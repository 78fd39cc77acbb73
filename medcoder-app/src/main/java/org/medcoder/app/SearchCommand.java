package org.medcoder.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.medcoder.codesets.CodeSets;
import org.medcoder.codesets.HcpcsRelease;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.PcsRelease;
import org.medcoder.codesets.search.CodeSearch;
import org.medcoder.codesets.search.SearchHit;
import org.medcoder.core.CodeSystem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code medcoder search TEXT}: ranked codes for words, abbreviations or a code, in the releases of a date. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Find codes by words: ICD-10-CM titles, inclusion terms and Alphabetic Index entries, "
                + "ICD-10-PCS titles and HCPCS descriptions; clinical abbreviations (HTN, CHF, T2DM ...) and lay "
                + "terms (heart attack, kidney stone) are understood.",
            "Exit status: 0 when something was found, 1 when nothing was, 2 on a usage error."})
final class SearchCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Words to search for (quotes optional).")
    List<String> words;

    @Option(names = "--system", paramLabel = "SYSTEM", description = "Only this system: icd10cm, icd10pcs or hcpcs.")
    String system;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "At most N results (default 10).")
    int limit;

    @Option(names = "--dos", paramLabel = "DATE", description = "Date of service (YYYY-MM-DD) choosing the releases; default today.")
    LocalDate dos;

    @Option(names = "--json", description = "Print JSON for programs.")
    boolean json;

    @Override
    public Integer call() {
        Set<CodeSystem> systems = systems();
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("--limit must be 1..1000, was " + limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate date = dos != null ? dos : LocalDate.now();
        CodeSets sets = CodeSetsAccess.load(data, err);
        ReleaseChoice chosen = ReleaseChoice.of(sets, date, systems, err);
        String text = String.join(" ", words);
        List<SearchHit> hits;
        try (CodeSearch search = CodeSearch.cached(DataOptions.cacheDir(), chosen.icd10cm(), chosen.icd10pcs(),
                chosen.hcpcs())) {
            hits = search.search(text, systems, limit);
        }
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("query", text);
            doc.put("dateOfService", date.toString());
            doc.put("releases", chosen.describe());
            doc.put("results", hits);
            out.println(Json.write(doc));
        } else {
            print(out, hits, chosen);
        }
        out.flush();
        return hits.isEmpty() ? 1 : 0;
    }

    private Set<CodeSystem> systems() {
        if (system == null) {
            return EnumSet.of(CodeSystem.ICD10CM, CodeSystem.ICD10PCS, CodeSystem.HCPCS);
        }
        CodeSystem s = CodeSystem.of(system);
        if (s == CodeSystem.CPT) {
            throw new IllegalArgumentException("--system cpt: CPT descriptions are AMA licensed and not searchable here "
                    + "(use icd10cm, icd10pcs or hcpcs)");
        }
        return EnumSet.of(s);
    }

    private static void print(PrintWriter out, List<SearchHit> hits, ReleaseChoice chosen) {
        out.println("Searched " + String.join(", ", chosen.describe()));
        if (hits.isEmpty()) {
            out.println("No matches.");
            return;
        }
        int i = 1;
        for (SearchHit h : hits) {
            String kind = h.system() == CodeSystem.ICD10CM && !h.billable() ? " (header)"
                    : h.system() == CodeSystem.HCPCS && !h.billable() ? " (discontinued)" : "";
            out.printf("%2d. %-8s %s%s  [%s %s]%n", i++, h.code(), h.title(), kind, label(h.system()), h.release());
            if (!h.matched().isEmpty()) {
                out.println("              matched: " + h.matched());
            }
        }
    }

    static String label(CodeSystem s) {
        return switch (s) {
            case ICD10CM -> "ICD-10-CM";
            case ICD10PCS -> "ICD-10-PCS";
            case HCPCS -> "HCPCS";
            case CPT -> "CPT";
        };
    }

    /** The release of each requested system for the date, or the nearest older one (with a warning). */
    record ReleaseChoice(List<IcdCmRelease> icd10cm, List<PcsRelease> icd10pcs, List<HcpcsRelease> hcpcs,
            List<String> describe) {

        static ReleaseChoice of(CodeSets sets, LocalDate date, Set<CodeSystem> systems, PrintWriter err) {
            List<IcdCmRelease> cm = new ArrayList<>();
            List<PcsRelease> pcs = new ArrayList<>();
            List<HcpcsRelease> hcpcs = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (CodeSystem s : systems) {
                ReleaseDates.pick(sets, s, date, err).ifPresent(d -> {
                    switch (s) {
                        case ICD10CM -> cm.add(sets.icd10cm(d));
                        case ICD10PCS -> pcs.add(sets.icd10pcs(d));
                        case HCPCS -> hcpcs.add(sets.hcpcs(d));
                        default -> { }
                    }
                });
            }
            cm.forEach(r -> names.add("ICD-10-CM " + r.info().version()));
            pcs.forEach(r -> names.add("ICD-10-PCS " + r.info().version()));
            hcpcs.forEach(r -> names.add("HCPCS " + r.info().version()));
            if (names.isEmpty()) {
                throw new IllegalArgumentException("no release of " + systems + " is loaded (see 'medcoder data status')");
            }
            return new ReleaseChoice(cm, pcs, hcpcs, names);
        }
    }
}
