package org.medcoder.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

/**
 * Wiring for the claim outputs that are not X12: the CMS-1500 and UB-04 PDFs and FHIR R4 JSON (Claim from claims,
 * ExplanationOfBenefit from remittances). Used by {@code claim build --format cms1500|ub04|fhir} and
 * {@code remit read --fhir}.
 */
final class ClaimForms {

    /** The {@code claim build} formats written here. */
    static final Set<String> FORMATS = Set.of("cms1500", "ub04", "fhir");

    private ClaimForms() {
    }

    /**
     * Writes the claims in a form format to a file; returns how many claims were written. A CMS-1500 holds only
     * professional claims and a UB-04 only institutional ones: other claims are named on {@code err} and left out.
     */
    static int write(String format, List<Claim> claims, Path out, LocalDate today, PrintWriter err) {
        return switch (format) {
            case "cms1500" -> writeForms(claims, ProfessionalClaim.class, "CMS-1500", out, err,
                    (list, os) -> new Cms1500Writer(today).write(list, os));
            case "ub04" -> writeForms(claims, InstitutionalClaim.class, "UB-04", out, err,
                    (list, os) -> new Ub04Writer(today).write(list, os));
            case "fhir" -> {
                writeJson(FhirR4.oneOrBundle(claims.stream().map(c -> FhirClaimMapper.map(c, today)).toList()), out);
                yield claims.size();
            }
            default -> throw new IllegalArgumentException("not a form format: '" + format + "' (cms1500, ub04, fhir)");
        };
    }

    /** Writes the ExplanationOfBenefits of remittances as FHIR JSON (one EOB, or a collection bundle). */
    static int writeEobs(List<Remittance> remittances, ReasonCodes codes, Path out, LocalDate today) {
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
        List<Resource> eobs = remittances.stream()
                .flatMap(r -> FhirEobMapper.map(r, today, meanings).stream()).map(Resource.class::cast).toList();
        if (eobs.isEmpty()) {
            throw new IllegalArgumentException("the 835 has no claims to write as ExplanationOfBenefit");
        }
        writeJson(FhirR4.oneOrBundle(eobs), out);
        return eobs.size();
    }

    private interface FormWriter<T> {
        void write(List<T> claims, OutputStream out) throws IOException;
    }

    private static <T extends Claim> int writeForms(List<Claim> claims, Class<T> kind, String form, Path out,
            PrintWriter err, FormWriter<T> writer) {
        List<T> fit = claims.stream().filter(kind::isInstance).map(kind::cast).toList();
        claims.stream().filter(c -> !kind.isInstance(c)).forEach(c ->
                err.println("claim " + c.id() + " is not written: a " + form + " holds only "
                        + (kind == ProfessionalClaim.class ? "professional" : "institutional") + " claims"));
        if (fit.isEmpty()) {
            throw new IllegalArgumentException("no claim in the input fits a " + form + " form");
        }
        try (OutputStream os = Files.newOutputStream(out)) {
            writer.write(fit, os);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fit.size();
    }

    private static void writeJson(Resource resource, Path out) {
        try {
            Files.writeString(out, FhirR4.json(resource) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
