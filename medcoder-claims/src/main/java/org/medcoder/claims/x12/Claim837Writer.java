package org.medcoder.claims.x12;

import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medcoder.claims.Claim;
import org.medcoder.claims.InstitutionalClaim;
import org.medcoder.claims.ProfessionalClaim;
import org.medcoder.core.Finding;
import org.medcoder.core.Location;

/**
 * Writes claims as an X12 5010 837 interchange (837P 005010X222A1 or 837I 005010X223A2) with StAEDI, validated while
 * writing against medcoder's implementation schema (see {@link X12Schemas}). The file is written once into memory; a
 * claim whose segments fail validation is left out with findings and the others are written again. ISA/GS carry the envelope's
 * control number; SE/GE/IEA counts are computed and checked by StAEDI's control validation.
 *
 * <p>Design: one interchange, one functional group (GS01 = HC), one transaction set per 5000 claims (the TR3 1.4.1
 * recommended maximum of CLM segments per ST), claims grouped billing provider → subscriber → patient by
 * {@link Hierarchy}.
 */
public final class Claim837Writer {

    /** Claims per transaction set (TR3 005010X222A1 section 1.4.1: at most 5000 CLM per ST-SE). */
    static final int CLAIMS_PER_TRANSACTION = 5000;

    private final TransactionKind guide;
    private final Schema schema;

    /** A writer for one guide that validates everything it writes against medcoder's implementation schema. */
    public Claim837Writer(TransactionKind guide) {
        this(guide, true);
    }

    /**
     * A writer for one guide; with {@code validate} false only the envelope (ISA..IEA counts) is checked by StAEDI,
     * for claims that have already passed once (StAEDI's implementation validation dominates the cost of writing).
     */
    public Claim837Writer(TransactionKind guide, boolean validate) {
        this.guide = guide;
        this.schema = validate ? X12Schemas.require(guide) : null;
    }

    /** The guide this writer writes. */
    public TransactionKind guide() {
        return guide;
    }

    /**
     * Writes the claims that pass validation to {@code out} (nothing at all when none does) and reports the others.
     * Claims of the other kind (institutional on an 837P) are reported, not written.
     */
    public Write837Result write(List<? extends Claim> claims, Envelope envelope, OutputStream out) {
        List<Claim> accepted = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Claim claim : claims) {
            if (fits(claim)) {
                accepted.add(claim);
            } else {
                findings.add(Finding.error("X12-WRONG-GUIDE", Location.path(claim.id().value(), "$.type"),
                        "claim " + claim.id() + " is " + (claim instanceof ProfessionalClaim ? "professional" : "institutional")
                                + " and cannot go on an " + guide.implementation() + " file"));
            }
        }
        // One validating pass into memory; claims whose segments fail validation are dropped and the rest written again.
        while (!accepted.isEmpty()) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(accepted.size() * 1200);
            ValidationCollector collector = new ValidationCollector(envelope.submitter().id());
            Map<Claim, List<int[]>> segments = new IdentityHashMap<>();
            int sets = writeInterchange(accepted, envelope, buffer, collector, segments);
            if (collector.findings().isEmpty()) {
                try {
                    buffer.writeTo(out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return new Write837Result(accepted.stream().map(Claim::id).toList(), findings, envelope.controlNumber(), sets);
            }
            Set<Claim> failed = attribute(collector.findings(), segments, findings);
            accepted.removeIf(failed::contains);
        }
        return new Write837Result(List.of(), findings, envelope.controlNumber(), 0);
    }

    private boolean fits(Claim claim) {
        return guide == TransactionKind.PROFESSIONAL_837P ? claim instanceof ProfessionalClaim : claim instanceof InstitutionalClaim;
    }

    /** The claims whose segment ranges hold a validation error; their findings are named after the claim id. */
    private static Set<Claim> attribute(List<Finding> errors, Map<Claim, List<int[]>> segments, List<Finding> findings) {
        Set<Claim> failed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Finding e : errors) {
            Claim owner = null;
            for (var entry : segments.entrySet()) {
                for (int[] range : entry.getValue()) {
                    if (e.location().line() >= range[0] && e.location().line() <= range[1]) {
                        owner = entry.getKey();
                        failed.add(owner);
                        findings.add(new Finding(e.ruleId(), e.severity(), new Location(owner.id().value(),
                                e.location().line(), e.location().path()), e.message()));
                    }
                }
            }
            if (owner == null) {
                // Envelope segments (ISA..1000B, SE..IEA) come from validated values: an error there is medcoder's bug.
                throw new IllegalStateException("837 failed validation outside any claim: " + e);
            }
        }
        return failed;
    }

    private int writeInterchange(List<Claim> claims, Envelope env, OutputStream out, ValidationCollector collector,
            Map<Claim, List<int[]>> segments) {
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIStreamConstants.Delimiters.SEGMENT, '~');
        factory.setProperty(EDIStreamConstants.Delimiters.DATA_ELEMENT, '*');
        factory.setProperty(EDIStreamConstants.Delimiters.COMPONENT_ELEMENT, ':');
        factory.setProperty(EDIStreamConstants.Delimiters.REPETITION, '^');
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
        factory.setErrorReporter(collector);
        EDIStreamWriter writer = factory.createEDIStreamWriter(out);
        try {
            writer.setControlSchema(X12Schemas.control());
            writer.startInterchange();
            if (schema != null) {
                writer.setTransactionSchema(schema);
            }
            SegmentSink sink = new SegmentSink(writer);
            Envelopes.header(sink, env, guide);
            int sets = 0;
            for (int from = 0; from < claims.size(); from += CLAIMS_PER_TRANSACTION) {
                sets++;
                transaction(sink, env, sets, claims.subList(from, Math.min(claims.size(), from + CLAIMS_PER_TRANSACTION)),
                        segments);
            }
            Envelopes.trailer(sink, env, sets);
            writer.endInterchange();
            writer.close();
            return sets;
        } catch (EDIStreamException e) {
            throw new IllegalStateException("cannot write 837: " + e.getMessage(), e);
        }
    }

    private void transaction(SegmentSink sink, Envelope env, int number, List<Claim> claims, Map<Claim, List<int[]>> segments) {
        String control = String.format("%04d", number);
        sink.resetCount();
        sink.segment("ST", guide.transactionSetId(), control, guide.implementation());
        Envelopes.beginHierarchy(sink, env, number);
        PartyLoops parties = new PartyLoops(sink);
        parties.submitterAndReceiver(env.submitter(), env.receiver());
        ProfessionalClaimLoop professional = new ProfessionalClaimLoop(sink, parties);
        InstitutionalClaimLoop institutional = new InstitutionalClaimLoop(sink, parties);
        int hl = 0;
        for (Hierarchy.ProviderLevel provider : Hierarchy.of(claims)) {
            int providerHl = ++hl;
            int[] providerSegments = {sink.position() + 1, 0};
            parties.billingProvider(providerHl, provider.provider());
            providerSegments[1] = sink.position();
            for (Hierarchy.SubscriberLevel sub : provider.subscribers()) {
                int subscriberHl = ++hl;
                int[] subscriberSegments = {sink.position() + 1, 0};
                parties.subscriber(subscriberHl, providerHl, !sub.patients().isEmpty(), !sub.ownClaims().isEmpty(),
                        sub.subscriber(), sub.payer());
                subscriberSegments[1] = sink.position();
                // A claim owns its own loop and shares the provider/subscriber/patient segments above it.
                List<int[]> parents = List.of(providerSegments, subscriberSegments);
                sub.ownClaims().forEach(c -> claim(c, sink, segments, parents, professional, institutional));
                for (var patient : sub.patients().entrySet()) {
                    int[] patientSegments = {sink.position() + 1, 0};
                    parties.patient(++hl, subscriberHl, patient.getKey());
                    patientSegments[1] = sink.position();
                    List<int[]> withPatient = List.of(providerSegments, subscriberSegments, patientSegments);
                    patient.getValue().forEach(c -> claim(c, sink, segments, withPatient, professional, institutional));
                }
            }
        }
        sink.segment("SE", Integer.toString(sink.transactionSegments() + 1), control);
    }

    /** Writes one claim loop and remembers its segment positions, to pin validation errors on it. */
    private static void claim(Claim c, SegmentSink sink, Map<Claim, List<int[]>> segments, List<int[]> parents,
            ProfessionalClaimLoop professional, InstitutionalClaimLoop institutional) {
        int first = sink.position() + 1;
        if (c instanceof ProfessionalClaim p) {
            professional.write(p);
        } else {
            institutional.write((InstitutionalClaim) c);
        }
        List<int[]> ranges = new ArrayList<>(parents);
        ranges.add(new int[] {first, sink.position()});
        segments.put(c, ranges);
    }
}
