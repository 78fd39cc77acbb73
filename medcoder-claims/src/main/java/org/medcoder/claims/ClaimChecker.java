package org.medcoder.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.medcoder.codesets.CodeSets;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.PcsRelease;
import org.medcoder.core.Finding;
import org.medcoder.core.IcdCmCode;
import org.medcoder.core.Location;

/**
 * Checks built claims against the code sets in effect for their dates and for consistent dates: every ICD-10-CM
 * code exists and is billable (HIPAA requires the full code, ICD-10-CM Official Guidelines I.B.1/I.A.2), every
 * ICD-10-PCS code is valid in the tables, HCPCS Level II codes are in the release; birth dates precede service,
 * line and procedure dates fall within the statement period. Findings carry the JSON path of the field.
 *
 * <p>Shape problems (NPI check digit, modifiers, dx pointers, 13 diagnoses on an 837P) are found earlier by
 * {@link ClaimReader}; this checker only sees claims that could be built.
 */
public final class ClaimChecker {

    private final CodeSets codeSets;

    /** A checker using these code sets. */
    public ClaimChecker(CodeSets codeSets) {
        this.codeSets = Require.present("code sets", codeSets);
    }

    /** Every finding of one read claim: the reader's, then the code-set and date checks when it was built. */
    public List<Finding> check(ClaimInput input, String source) {
        List<Finding> out = new ArrayList<>(input.findings());
        input.claim().ifPresent(c -> out.addAll(check(c, input.path(), source)));
        return out;
    }

    /** The code-set and date findings of a claim read at {@code path} (e.g. {@code $} or {@code $.claims[1]}). */
    public List<Finding> check(Claim claim, String path, String source) {
        Findings f = new Findings(source, path);
        diagnoses(claim, f);
        dates(claim, f);
        if (claim instanceof InstitutionalClaim i) {
            procedures(i, f);
        }
        hcpcs(claim, f);
        return f.list;
    }

    private void diagnoses(Claim claim, Findings f) {
        LocalDate date = claim.codingDate();
        IcdCmRelease release = release(() -> codeSets.icd10cm(date), "CLAIM-ICD10CM-RELEASE", f, true);
        if (release == null) {
            return;
        }
        String version = release.info().version();
        Set<IcdCmCode> seen = new HashSet<>();
        List<Diagnosis> dx = claim.diagnoses();
        for (int i = 0; i < dx.size(); i++) {
            IcdCmCode code = dx.get(i).code();
            icd(release, version, code, f, ".diagnoses[" + i + "]");
            if (!seen.add(code)) {
                f.warning("CLAIM-DX-DUPLICATE", ".diagnoses[" + i + "]", "diagnosis " + code + " is listed twice");
            }
        }
        if (claim instanceof InstitutionalClaim inst) {
            inst.admittingDiagnosis().ifPresent(a -> icd(release, version, a, f, ".admittingDiagnosis"));
            for (int i = 0; i < inst.reasonsForVisit().size(); i++) {
                icd(release, version, inst.reasonsForVisit().get(i), f, ".reasonsForVisit[" + i + "]");
            }
            if (inst.typeOfBill().isInpatient()) {
                for (int i = 0; i < dx.size(); i++) {
                    if (dx.get(i).poa().isEmpty()) {
                        f.warning("CLAIM-POA-MISSING", ".diagnoses[" + i + "]", "inpatient diagnosis " + dx.get(i).code()
                                + " has no present-on-admission indicator (Guidelines Appendix I; blank only for exempt codes)");
                    }
                }
            }
        }
    }

    private static void icd(IcdCmRelease release, String version, IcdCmCode code, Findings f, String at) {
        var entry = release.entry(code);
        if (entry.isEmpty()) {
            f.error("CLAIM-ICD10CM-INVALID", at, "ICD-10-CM " + code + " does not exist in " + version);
        } else if (!entry.get().billable()) {
            f.error("CLAIM-ICD10CM-NOT-BILLABLE", at, "ICD-10-CM " + code + " is a header, not a billable code, in "
                    + version + " (code to the highest specificity, Guidelines I.B.1)");
        }
    }

    private void procedures(InstitutionalClaim claim, Findings f) {
        List<Procedure> px = claim.procedures();
        if (px.isEmpty()) {
            return;
        }
        LocalDate discharge = claim.statementPeriod().to();
        PcsRelease release = release(() -> codeSets.icd10pcs(discharge), "CLAIM-ICD10PCS-RELEASE", f, false);
        LocalDate earliest = claim.admissionDate().orElse(claim.statementPeriod().from());
        for (int i = 0; i < px.size(); i++) {
            Procedure p = px.get(i);
            if (release != null && !release.isValid(p.code())) {
                f.error("CLAIM-ICD10PCS-INVALID", ".procedures[" + i + "].code", "ICD-10-PCS " + p.code()
                        + " is not a valid code in " + release.info().version());
            }
            if (p.date().isBefore(earliest) || p.date().isAfter(discharge)) {
                f.error("CLAIM-DATES", ".procedures[" + i + "].date", "procedure date " + p.date() + " is outside the stay "
                        + earliest + ".." + discharge);
            }
        }
    }

    private void hcpcs(Claim claim, Findings f) {
        List<org.medcoder.core.HcpcsCode> codes = new ArrayList<>();
        if (claim instanceof ProfessionalClaim p) {
            p.lines().forEach(l -> codes.add(l.procedure()));
        } else if (claim instanceof InstitutionalClaim i) {
            i.lines().forEach(l -> codes.add(l.procedure().orElse(null)));
        }
        var release = codes.stream().anyMatch(c -> c != null && c.isLevelII())
                ? release(() -> codeSets.hcpcs(claim.servicePeriod().from()), "CLAIM-HCPCS-RELEASE", f, false) : null;
        for (int i = 0; i < codes.size(); i++) {
            var c = codes.get(i);
            // CPT numbers are AMA content: without the user's licensed file only their shape is checked.
            if (release != null && c != null && c.isLevelII() && !release.contains(c)) {
                f.error("CLAIM-HCPCS-INVALID", ".lines[" + i + "].procedure", "HCPCS " + c + " is not in the "
                        + release.info().version() + " HCPCS release");
            }
        }
    }

    private static void dates(Claim claim, Findings f) {
        ClaimHeader h = claim.header();
        LocalDate first = claim.servicePeriod().from();
        if (h.subscriber().person().birthDate().isAfter(first)) {
            f.error("CLAIM-DATES", ".subscriber.birthDate", "subscriber born " + h.subscriber().person().birthDate()
                    + ", after the first date of service " + first);
        }
        h.patient().ifPresent(p -> {
            if (p.person().birthDate().isAfter(first)) {
                f.error("CLAIM-DATES", ".patient.birthDate", "patient born " + p.person().birthDate()
                        + ", after the first date of service " + first);
            }
        });
        if (claim instanceof InstitutionalClaim i) {
            DateRange stay = i.statementPeriod();
            i.admissionDate().ifPresent(a -> {
                if (a.isAfter(stay.to())) {
                    f.error("CLAIM-DATES", ".admissionDate", "admission " + a + " is after the statement period ends " + stay.to());
                }
            });
            for (int n = 0; n < i.lines().size(); n++) {
                int line = n;
                i.lines().get(n).serviceDates().ifPresent(d -> {
                    if (!stay.contains(d)) {
                        f.error("CLAIM-DATES", ".lines[" + line + "].serviceDate", "service dates " + d
                                + " are outside the statement period " + stay);
                    }
                });
            }
        }
    }

    /** The release for a date; none is an error for ICD-10-CM (every claim needs it), else a warning. */
    private static <T> T release(Supplier<T> lookup, String ruleId, Findings f, boolean required) {
        try {
            return lookup.get();
        } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
            if (required) {
                f.error(ruleId, "", "codes not checked: " + e.getMessage());
            } else {
                f.warning(ruleId, "", "codes not checked: " + e.getMessage());
            }
            return null;
        }
    }

    /** Findings at paths below the claim's own path. */
    private static final class Findings {
        final String source;
        final String base;
        final List<Finding> list = new ArrayList<>();

        Findings(String source, String base) {
            this.source = source;
            this.base = base;
        }

        void error(String rule, String at, String message) {
            list.add(Finding.error(rule, Location.path(source, base + at), message));
        }

        void warning(String rule, String at, String message) {
            list.add(Finding.warning(rule, Location.path(source, base + at), message));
        }
    }
}
