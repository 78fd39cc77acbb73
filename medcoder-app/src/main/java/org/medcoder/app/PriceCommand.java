package org.medcoder.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.medcoder.claims.ClaimReader;
import org.medcoder.claims.ProfessionalClaim;
import org.medcoder.claims.remit.ClaimPayment;
import org.medcoder.claims.remit.RemitReadResult;
import org.medcoder.claims.remit.RemitReader;
import org.medcoder.pricing.CareSetting;
import org.medcoder.pricing.CodeDescriptions;
import org.medcoder.pricing.FeeSchedule;
import org.medcoder.pricing.FeeScheduleRelease;
import org.medcoder.pricing.Gpci;
import org.medcoder.pricing.GpciTable;
import org.medcoder.pricing.LineOutcome;
import org.medcoder.pricing.PricedClaim;
import org.medcoder.pricing.PricedLine;
import org.medcoder.pricing.Pricer;
import org.medcoder.pricing.ServiceLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code medcoder price}: the Medicare Physician Fee Schedule allowed amount of a code, or of every line of a
 * professional claim in claim context, with every step shown. Exit 0 priced; 1 not paid separately (status code or
 * payment policy, said why); 2 bad input (unknown code, code not on the schedule, malformed modifier, missing
 * locality, date outside every loaded release).
 */
@Command(name = "price", mixinStandardHelpOptions = true,
        description = {"Medicare Physician Fee Schedule pricing: allowed amount with RVUs, GPCIs, conversion factor "
            + "and every payment rule, for one code or a whole professional claim (--claim)."})
final class PriceCommand implements Callable<Integer> {

    /** Held so that the level set on it is not lost when the logger is collected (java.util.logging keeps it weakly). */
    private static final java.util.logging.Logger EDI_LOG = java.util.logging.Logger.getLogger("io.xlate");

    @Mixin
    private DataOptions data;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CODE[-MOD[-MOD]]",
            description = "HCPCS/CPT code with up to four modifiers, e.g. 99213, 70450-26, 27447-50.")
    private String code;

    @Option(names = "--units", defaultValue = "1", description = "Units of service (default 1).")
    private int units;

    @Option(names = "--locality", paramLabel = "MAC-LOCALITY",
            description = "Medicare locality: MAC-LOCALITY (02402-99) or MAC-STATE-LOCALITY (05102-IA-00).")
    private String locality;

    @Option(names = "--state", paramLabel = "XX", description = "State: with --locality-name, or to disambiguate "
            + "--locality (MAC 05102 serves CT and IA, both locality 00).")
    private String state;

    @Option(names = "--locality-name", paramLabel = "NAME", description = "Locality name or part of it, with --state.")
    private String localityName;

    @Option(names = "--facility", description = "Facility setting (facility PE RVU).")
    private boolean facility;

    @Option(names = "--nonfacility", description = "Non-facility setting (default for a code; a claim uses its "
            + "place of service).")
    private boolean nonFacility;

    @Option(names = "--dos", paramLabel = "DATE", description = "Date of service, YYYY-MM-DD (default: first day of "
            + "the newest loaded release).")
    private String dos;

    @Option(names = "--claim", paramLabel = "CLAIM.json", description = "Price every line of a professional claim "
            + "(medcoder claim JSON) in claim context.")
    private Path claim;

    @Option(names = "--remit", paramLabel = "FILE.835", description = "With --claim: expected vs paid per line, with "
            + "the adjustment reason codes of the 835.")
    private Path remit;

    @Option(names = "--descriptions", paramLabel = "FILE", description = "Your own code description file (CODE,text "
            + "or a PPRRVU file), shown next to codes. medcoder ships no CPT descriptions (AMA copyright).")
    private Path descriptions;

    @Option(names = "--mpfs", paramLabel = "DIR", description = "Fee schedule folder (default: DATA/mpfs).")
    private Path mpfs;

    @Option(names = "--json", description = "JSON output.")
    private boolean json;

    @Override
    public Integer call() {
        if ((code == null) == (claim == null)) {
            throw new IllegalArgumentException("give a CODE[-MOD] or --claim CLAIM.json (one of them)");
        }
        if (facility && nonFacility) {
            throw new IllegalArgumentException("--facility and --nonfacility exclude each other");
        }
        if (remit != null && claim == null) {
            throw new IllegalArgumentException("--remit needs --claim");
        }
        FeeSchedule schedule = FeeSchedule.load(mpfs != null ? mpfs : data.dataDir().resolve("mpfs"));
        CodeDescriptions names = descriptions != null ? CodeDescriptions.read(descriptions) : CodeDescriptions.none();
        return claim != null ? priceClaim(schedule, names) : priceCode(schedule, names);
    }

    private int priceCode(FeeSchedule schedule, CodeDescriptions names) {
        LocalDate date = dos != null ? parseDate(dos) : schedule.latest().period().start();
        FeeScheduleRelease release = schedule.release(date);
        GpciTable table = schedule.requireGpcis(release.year());
        Gpci gpci = resolveLocality(table);
        ServiceLine line = ServiceLine.parse(1, code, units, date, facility ? CareSetting.FACILITY
                : CareSetting.NON_FACILITY);
        PricedLine p = new Pricer(schedule).priceAlone(line, gpci.locality());
        if (p.outcome() == LineOutcome.NOT_ON_SCHEDULE || p.outcome() == LineOutcome.INVALID_MODIFIERS) {
            throw new IllegalArgumentException(p.message());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("release", release.id());
            m.put("period", release.period().toString());
            m.put("locality", localityJson(gpci, table));
            m.put("line", PriceText.json(p, names));
            out.println(Json.write(m));
        } else {
            if (dos == null) {
                out.println("(no --dos: priced for " + date + ", the first day of " + release.id() + ")");
            }
            PriceText.line(out, p, gpci, table, names);
        }
        out.flush();
        return p.outcome() == LineOutcome.PRICED ? 0 : 1;
    }

    private int priceClaim(FeeSchedule schedule, CodeDescriptions names) {
        if (!Files.isRegularFile(claim)) {
            throw new IllegalArgumentException("no such file: " + claim);
        }
        ProfessionalClaim pc = ClaimLines.professionalClaim(ClaimReader.read(claim));
        Optional<CareSetting> override = facility ? Optional.of(CareSetting.FACILITY)
                : nonFacility ? Optional.of(CareSetting.NON_FACILITY) : Optional.empty();
        List<ServiceLine> lines = ClaimLines.of(pc, override);
        FeeScheduleRelease release = schedule.release(lines.get(0).dateOfService());
        GpciTable table = schedule.requireGpcis(release.year());
        Gpci gpci = resolveLocality(table);
        PricedClaim priced = new Pricer(schedule).price(lines, gpci.locality());
        List<RemitComparison.Pair> pairs = List.of();
        if (remit != null) {
            if (!Files.isRegularFile(remit)) {
                throw new IllegalArgumentException("no such file: " + remit);
            }
            // StAEDI logs schema details at INFO through java.util.logging; they are not for this table.
            EDI_LOG.setLevel(java.util.logging.Level.WARNING);
            RemitReadResult r = RemitReader.read(remit);
            r.findings().stream().filter(f -> f.isError()).limit(3)
                    .forEach(f -> spec.commandLine().getErr().println("835: " + f));
            ClaimPayment payment = RemitComparison.claimPayment(r, pc.id().value(), remit.getFileName().toString());
            pairs = RemitComparison.pair(priced.lines(), payment);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(claimJson(pc, priced, gpci, table, names, pairs)));
        } else {
            PriceText.claim(out, "claim " + pc.id() + "  place of service " + pc.placeOfService() + " ("
                    + (lines.get(0).setting() == CareSetting.FACILITY ? "facility" : "non-facility") + ")  locality "
                    + gpci.locality() + " " + gpci.name() + "  release " + release.id() + "\n["
                    + table.completeness() + "]", priced, pairs);
        }
        out.flush();
        return priced.hasInputProblems() ? UserErrors.USAGE : 0;
    }

    private static Map<String, Object> claimJson(ProfessionalClaim pc, PricedClaim priced, Gpci gpci,
            GpciTable table, CodeDescriptions names, List<RemitComparison.Pair> pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("claimId", pc.id().value());
        m.put("placeOfService", pc.placeOfService().value());
        m.put("locality", localityJson(gpci, table));
        List<Map<String, Object>> lines = new java.util.ArrayList<>();
        for (int i = 0; i < priced.lines().size(); i++) {
            Map<String, Object> l = PriceText.json(priced.lines().get(i), names);
            if (!pairs.isEmpty()) {
                RemitComparison.Pair pair = pairs.get(i);
                l.put("paid", pair.paid().map(s -> s.paid().toString()).orElse(null));
                l.put("payerAllowed", pair.paid().flatMap(s -> s.allowed()).map(Object::toString).orElse(null));
                l.put("adjustmentReasons", pair.reasons());
            }
            lines.add(l);
        }
        m.put("lines", lines);
        m.put("totalCharge", priced.totalCharge().toString());
        m.put("totalAllowed", priced.totalAllowed().toString());
        return m;
    }

    private static Map<String, Object> localityJson(Gpci gpci, GpciTable table) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", gpci.locality().toString());
        m.put("name", gpci.name());
        m.put("gpciFile", table.source());
        m.put("gpciFileComplete", !table.incomplete());
        m.put("gpciFileNote", table.completeness());
        return m;
    }

    private Gpci resolveLocality(GpciTable table) {
        if (locality != null && localityName != null) {
            throw new IllegalArgumentException("give --locality MAC-LOCALITY or --state XX --locality-name NAME, "
                    + "not both");
        }
        if (locality != null) {
            return table.resolve(locality, state == null ? "" : state);
        }
        if (localityName != null && state != null) {
            return table.resolveByName(state, localityName);
        }
        throw new IllegalArgumentException("give the Medicare locality: --locality MAC-LOCALITY (e.g. 02402-99) or "
                + "--state XX --locality-name NAME [" + table.completeness() + "]");
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date: '" + text + "' (YYYY-MM-DD)");
        }
    }
}
