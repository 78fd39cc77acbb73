package org.medcoder.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Resource;
import org.medcoder.claims.Claim;
import org.medcoder.claims.InstitutionalClaim;
import org.medcoder.claims.ProfessionalClaim;
import org.medcoder.claims.fhir.FhirClaimMapper;
import org.medcoder.claims.fhir.FhirEobMapper;
import org.medcoder.claims.fhir.FhirR4;
import org.medcoder.claims.fhir.ReasonMeanings;
import org.medcoder.claims.pdf.Cms1500Writer;
import org.medcoder.claims.pdf.Ub04Writer;
import org.medcoder.claims.remit.ReasonCodes;
import org.medcoder.claims.remit.Remittance;
import org.medcoder.core.Finding;
import org.medcoder.core.Location;

/**
 * Wiring for the claim outputs that are not X12: the CMS-1500 and UB-04 PDFs and FHIR R4 JSON (Claim from claims,
 * ExplanationOfBenefit from remittances), registered in {@link ClaimFormats} for
 * {@code claim build --format cms1500|ub04|fhir} and used by {@code remit read --fhir}.
 */
final class ClaimForms {

    static {
        // HAPI logs its start-up at INFO, which tells the user nothing, so only its warnings are shown (slf4j-simple
        // reads the property when a logger is first made, which is after this class is loaded; PDFBox: see Main).
        System.setProperty("org.slf4j.simpleLogger.log.ca.uhn.fhir", "warn");
    }

    private ClaimForms() {
    }

    /** {@code claim build --format cms1500}: the professional claims as CMS-1500 forms in one PDF. */
    static ClaimFormats.Written cms1500(ClaimFormats.Request r) {
        return writeForms(r, ProfessionalClaim.class, "CMS-1500",
                (list, os) -> new Cms1500Writer(LocalDate.now()).write(list, os));
    }

    /** {@code claim build --format ub04}: the institutional claims as UB-04 forms in one PDF. */
    static ClaimFormats.Written ub04(ClaimFormats.Request r) {
        return writeForms(r, InstitutionalClaim.class, "UB-04",
                (list, os) -> new Ub04Writer(LocalDate.now()).write(list, os));
    }

    /** {@code claim build --format fhir}: the claims as FHIR R4 Claim JSON (a collection bundle when several). */
    static ClaimFormats.Written fhir(ClaimFormats.Request r) {
        if (r.claims().isEmpty()) {
            return new ClaimFormats.Written("nothing written: no valid claim", List.of());
        }
        LocalDate today = LocalDate.now();
        writeJson(FhirR4.oneOrBundle(r.claims().stream().map(c -> FhirClaimMapper.map(c, today)).toList()), r.out());
        return new ClaimFormats.Written("wrote " + r.claims().size() + " claim(s) to " + r.out() + " (FHIR R4 "
                + (r.claims().size() == 1 ? "Claim" : "Bundle of Claims") + ")", List.of());
    }

    /**
     * Writes the ExplanationOfBenefits of remittances as FHIR JSON (one EOB, or a collection bundle).
     *
     * @param sent the claims medcoder sent (to tell professional from institutional), may be empty
     */
    static int writeEobs(List<Remittance> remittances, ReasonCodes codes, List<Claim> sent, Path out, LocalDate today) {
        ReasonMeanings meanings = new ReasonMeanings() {
            @Override
            public Optional<String> group(String code) {
                return codes.group(code);
            }

            @Override
            public Optional<String> carc(String code) {
                return codes.carc(code);
            }

            @Override
            public Optional<String> rarc(String code) {
                return codes.rarc(code);
            }

            @Override
            public Optional<String> claimStatus(String code) {
                return codes.claimStatus(code);
            }
        };
        Map<String, Boolean> kinds = new HashMap<>();
        sent.forEach(c -> kinds.put(c.id().value(), c instanceof InstitutionalClaim));
        List<Resource> eobs = remittances.stream()
                .flatMap(r -> FhirEobMapper.map(r, today, meanings, kinds).stream()).map(Resource.class::cast).toList();
        if (eobs.isEmpty()) {
            throw new IllegalArgumentException("the 835 has no claims to write as ExplanationOfBenefit");
        }
        writeJson(FhirR4.oneOrBundle(eobs), out);
        return eobs.size();
    }

    private interface FormWriter<T> {
        void write(List<T> claims, OutputStream out) throws IOException;
    }

    /** Writes the claims of one kind; a claim of the other kind is left out with a finding naming it. */
    private static <T extends Claim> ClaimFormats.Written writeForms(ClaimFormats.Request r, Class<T> kind, String form,
            FormWriter<T> writer) {
        List<T> fit = r.claims().stream().filter(kind::isInstance).map(kind::cast).toList();
        List<Finding> leftOut = r.claims().stream().filter(c -> !kind.isInstance(c))
                .map(c -> Finding.error("form-claim-kind", Location.path(r.batch().source(), "claim " + c.id()),
                        "a " + form + " holds only " + (kind == ProfessionalClaim.class ? "professional" : "institutional")
                                + " claims"))
                .toList();
        if (fit.isEmpty()) {
            return new ClaimFormats.Written("nothing written: no claim fits a " + form, leftOut);
        }
        try (OutputStream os = Files.newOutputStream(r.out())) {
            writer.write(fit, os);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ClaimFormats.Written("wrote " + fit.size() + " claim(s) to " + r.out() + " (" + form + " PDF)", leftOut);
    }

    private static void writeJson(Resource resource, Path out) {
        try {
            Files.writeString(out, FhirR4.json(resource) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
