package org.medcoder.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medcoder.claims.BillingProvider;
import org.medcoder.claims.Claim;
import org.medcoder.claims.ClaimBatch;
import org.medcoder.claims.Receiver;
import org.medcoder.claims.Submitter;
import org.medcoder.claims.x12.Claim837Writer;
import org.medcoder.claims.x12.ControlNumbers;
import org.medcoder.claims.x12.Envelope;
import org.medcoder.claims.x12.TransactionKind;
import org.medcoder.claims.x12.Write837Result;
import org.medcoder.core.Finding;

/**
 * The output formats of {@code claim build}, by name. To add one, put one line in {@link #FORMATS}: a name and an
 * {@link Output} that writes the valid claims to the file and says what it did.
 */
final class ClaimFormats {

    /** What a format is asked to write: the batch (for envelope parties), its valid claims, the file, test flag, state folder. */
    record Request(ClaimBatch batch, List<Claim> claims, Path out, boolean test, Path stateDir) {
    }

    /** What a format wrote: a one-line summary and findings about claims it could not write. */
    record Written(String summary, List<Finding> findings) {
    }

    /** One output format. */
    interface Output {
        Written write(Request request);
    }

    private static final Map<String, Output> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("837p", r -> x12(r, TransactionKind.PROFESSIONAL_837P));
        FORMATS.put("837i", r -> x12(r, TransactionKind.INSTITUTIONAL_837I));
        FORMATS.put("cms1500", ClaimForms::cms1500);
        FORMATS.put("ub04", ClaimForms::ub04);
        FORMATS.put("fhir", ClaimForms::fhir);
    }

    private ClaimFormats() {
    }

    /** The format of a name, in any case. */
    static Output of(String name) {
        Output o = FORMATS.get(name.toLowerCase(Locale.ROOT));
        if (o == null) {
            throw new IllegalArgumentException("unknown format '" + name + "' (expected " + String.join(", ", FORMATS.keySet()) + ")");
        }
        return o;
    }

    /** The format names, for picocli's help. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return new ArrayList<>(FORMATS.keySet()).iterator();
        }
    }

    private static Written x12(Request r, TransactionKind kind) {
        if (r.claims().isEmpty()) {
            return new Written("nothing written: no valid claim", List.of());
        }
        Claim first = r.claims().get(0);
        Submitter submitter = r.batch().submitter().orElseGet(() -> missingSubmitter(first.header().billingProvider()));
        Receiver receiver = r.batch().receiver().orElseGet(() -> new Receiver(first.header().payer().name(),
                first.header().payer().id()));
        long control = ControlNumbers.in(r.stateDir()).next(submitter.id());
        Envelope envelope = new Envelope(submitter, receiver, control, LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES), r.test());
        Write837Result result;
        try {
            // Written beside the target and moved into place, so a failed run never leaves half a file.
            Path tmp = Files.createTempFile(r.out().toAbsolutePath().getParent(), ".medcoder-", ".837");
            try (OutputStream os = Files.newOutputStream(tmp)) {
                result = new Claim837Writer(kind).write(r.claims(), envelope, os);
            }
            if (result.isEmpty()) {
                Files.delete(tmp);
            } else {
                Files.move(tmp, r.out(), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String summary = result.isEmpty() ? "nothing written: no claim fits " + kind.implementation()
                : "wrote " + result.written().size() + " claim(s) to " + r.out() + " (" + kind.implementation()
                        + ", interchange control number " + String.format("%09d", control) + ", "
                        + result.transactionSets() + " transaction set(s), " + (r.test() ? "test" : "production") + ")";
        return new Written(summary, result.findings());
    }

    /** No submitter in the file: a user mistake (the 1000A loop needs a contact, which the claim does not have). */
    private static Submitter missingSubmitter(BillingProvider b) {
        throw new IllegalArgumentException("no submitter: add \"submitter\": {\"name\", \"id\", \"contactName\", \"phone\"} "
                + "to the claim file (TR3 1000A needs a contact phone) for billing provider " + b.provider().npi());
    }
}
