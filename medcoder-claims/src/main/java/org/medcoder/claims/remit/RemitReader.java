package org.medcoder.claims.remit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.medcoder.claims.x12.ValidationReport;
import org.medcoder.claims.x12.X12Scanner;
import org.medcoder.core.Finding;
import org.medcoder.core.Location;

/**
 * Reads X12 835 remittance advice files (005010X221A1; 4010-era 835s are read the same way but not validated)
 * into {@link Remittance}s, streaming, and validates them against medcoder's 835 schema on the way.
 * Bad input never throws: what could be read is returned with findings.
 */
public final class RemitReader {

    private RemitReader() {
    }

    /** Reads a file, validating it; a missing file is a caller mistake ({@link UncheckedIOException}). */
    public static RemitReadResult read(Path file) {
        return read(file, true);
    }

    /** Reads a file, with or without schema validation. */
    public static RemitReadResult read(Path file, boolean validate) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString(), validate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a stream, validating it against the 835 schema; {@code source} names it in findings. */
    public static RemitReadResult read(InputStream in, String source) {
        return read(in, source, true);
    }

    /**
     * Reads a stream; with {@code validate} false only the envelope is checked (several times faster on large
     * files: StAEDI's schema validation dominates the reading time).
     */
    public static RemitReadResult read(InputStream in, String source, boolean validate) {
        RemitAssembler assembler = new RemitAssembler(source);
        ValidationReport report = X12Scanner.scan(in, source, assembler, validate);
        assembler.finish();
        List<Finding> findings = new ArrayList<>(report.findings());
        findings.addAll(assembler.findings());
        List<Remittance> remittances = assembler.remittances();
        for (Remittance r : remittances) {
            findings.addAll(balance(source, r));
        }
        return new RemitReadResult(remittances, findings, report);
    }

    /** The 835 balancing checks (TR3 section 1.10.2.1): per claim and for the payment as a whole. */
    private static List<Finding> balance(String source, Remittance r) {
        List<Finding> out = new ArrayList<>();
        for (ClaimPayment c : r.claims()) {
            if (!c.isBalanced()) {
                out.add(Finding.warning("REMIT-CLAIM-BALANCE", Location.path(source, "ST " + r.controlNumber() + " CLP " + c.claimId()),
                        "claim charge " + c.charge() + " − paid " + c.paid() + " ≠ adjustments " + c.adjustmentTotal()));
            }
        }
        if (!r.isBalanced()) {
            out.add(Finding.warning("REMIT-PAYMENT-BALANCE", Location.path(source, "ST " + r.controlNumber() + " BPR02"),
                    "payment " + r.payment().amount() + " ≠ claims paid " + r.claimPaidTotal() + " − provider adjustments "
                            + r.providerAdjustmentTotal()));
        }
        return out;
    }
}
