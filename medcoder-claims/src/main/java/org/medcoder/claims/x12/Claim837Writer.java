package org.medcoder.claims.x12;

import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.medcoder.claims.Claim;
import org.medcoder.claims.InstitutionalClaim;
import org.medcoder.claims.ProfessionalClaim;
import org.medcoder.core.Finding;
import org.medcoder.core.Location;

/**
 * Writes claims as an X12 5010 837 interchange (837P 005010X222A1 or 837I 005010X223A2) with StAEDI, validated while
 * writing against medcoder's implementation schema (see {@link X12Schemas}). Each claim is first written alone and
 * validated; a claim with errors is left out with findings, and the others are written. ISA/GS carry the envelope's
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

    /** A writer for one guide. */
    public Claim837Writer(TransactionKind guide) {
        this.guide = guide;
        this.schema = X12Schemas.require(guide);
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
            List<Finding> problems = check(claim, envelope);
            if (problems.isEmpty()) {
                accepted.add(claim);
            } else {
                findings.addAll(problems);
            }
        }
        if (accepted.isEmpty()) {
            return new Write837Result(List.of(), findings, envelope.controlNumber(), 0);
        }
        ValidationCollector collector = new ValidationCollector(envelope.submitter().id());
        int sets = writeInterchange(accepted, envelope, out, collector);
        if (!collector.findings().isEmpty()) {
            // Every claim passed alone, so a problem here is medcoder's own bug, not the user's data.
            throw new IllegalStateException("837 failed validation while writing: " + collector.findings().get(0));
        }
        return new Write837Result(accepted.stream().map(Claim::id).toList(), findings, envelope.controlNumber(), sets);
    }

    private List<Finding> check(Claim claim, Envelope envelope) {
        boolean fits = guide == TransactionKind.PROFESSIONAL_837P ? claim instanceof ProfessionalClaim : claim instanceof InstitutionalClaim;
        if (!fits) {
            return List.of(Finding.error("X12-WRONG-GUIDE", Location.path(claim.id().value(), "$.type"),
                    "claim " + claim.id() + " is " + (claim instanceof ProfessionalClaim ? "professional" : "institutional")
                            + " and cannot go on an " + guide.implementation() + " file"));
        }
        ValidationCollector collector = new ValidationCollector(claim.id().value());
        writeInterchange(List.of(claim), envelope, OutputStream.nullOutputStream(), collector);
        return collector.findings();
    }

    private int writeInterchange(List<Claim> claims, Envelope env, OutputStream out, ValidationCollector collector) {
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
            writer.setTransactionSchema(schema);
            SegmentSink sink = new SegmentSink(writer);
            Envelopes.header(sink, env, guide);
            int sets = 0;
            for (int from = 0; from < claims.size(); from += CLAIMS_PER_TRANSACTION) {
                sets++;
                transaction(sink, env, sets, claims.subList(from, Math.min(claims.size(), from + CLAIMS_PER_TRANSACTION)));
            }
            Envelopes.trailer(sink, env, sets);
            writer.endInterchange();
            writer.close();
            return sets;
        } catch (EDIStreamException e) {
            throw new IllegalStateException("cannot write 837: " + e.getMessage(), e);
        }
    }

    private void transaction(SegmentSink sink, Envelope env, int number, List<Claim> claims) {
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
            parties.billingProvider(providerHl, provider.provider());
            for (Hierarchy.SubscriberLevel sub : provider.subscribers()) {
                int subscriberHl = ++hl;
                parties.subscriber(subscriberHl, providerHl, !sub.patients().isEmpty(), !sub.ownClaims().isEmpty(),
                        sub.subscriber(), sub.payer());
                sub.ownClaims().forEach(c -> claim(c, professional, institutional));
                for (var patient : sub.patients().entrySet()) {
                    parties.patient(++hl, subscriberHl, patient.getKey());
                    patient.getValue().forEach(c -> claim(c, professional, institutional));
                }
            }
        }
        sink.segment("SE", Integer.toString(sink.transactionSegments() + 1), control);
    }

    private static void claim(Claim c, ProfessionalClaimLoop professional, InstitutionalClaimLoop institutional) {
        if (c instanceof ProfessionalClaim p) {
            professional.write(p);
        } else {
            institutional.write((InstitutionalClaim) c);
        }
    }
}
