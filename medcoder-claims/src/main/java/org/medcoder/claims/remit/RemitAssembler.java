package org.medcoder.claims.remit;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.medcoder.claims.x12.X12Segment;
import org.medcoder.core.Finding;
import org.medcoder.core.Location;
import org.medcoder.core.Money;

/**
 * Builds remittances from the segments of 835 transaction sets as they stream by. It goes by segment tags, not by
 * schema loops, so that an 835 with structural errors (or a 4010-era one) is still read as far as it makes sense.
 */
final class RemitAssembler implements Consumer<X12Segment> {

    private final String source;
    private final List<Remittance> remittances = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private RemittanceBuilder remittance;
    private ClaimBuilder claim;
    private LineBuilder line;
    private int position;

    RemitAssembler(String source) {
        this.source = source;
    }

    /** Closes a transaction set the file ended inside (a truncated file): what was read is kept. */
    void finish() {
        endTransaction();
    }

    List<Remittance> remittances() {
        return List.copyOf(remittances);
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    @Override
    public void accept(X12Segment s) {
        position = s.position();
        if ("ST".equals(s.tag())) {
            startTransaction(s);
            return;
        }
        if (remittance == null) {
            return;
        }
        switch (s.tag()) {
            case "BPR" -> bpr(s);
            case "TRN" -> {
                remittance.traceNumber = s.element(2);
                remittance.originatorId = s.element(3);
            }
            case "N1" -> party(s);
            case "CLP" -> clp(s);
            case "CAS" -> cas(s);
            case "NM1" -> nm1(s);
            case "MOA" -> remarks(s, "MOA", 3, 7);
            case "MIA" -> {
                remarks(s, "MIA", 5, 5);
                remarks(s, "MIA", 20, 23);
            }
            case "DTM" -> dtm(s);
            case "SVC" -> svc(s);
            case "AMT" -> amt(s);
            case "REF" -> ref(s);
            case "LQ" -> lq(s);
            case "PLB" -> plb(s);
            case "SE" -> endTransaction();
            default -> {
                // Other segments (N3/N4, PER, TS3/TS2, QTY ...) carry nothing medcoder posts.
            }
        }
    }

    private void startTransaction(X12Segment s) {
        endTransaction();
        if ("835".equals(s.element(1))) {
            remittance = new RemittanceBuilder(s.element(2));
        } else {
            findings.add(Finding.warning("REMIT-NOT-835", at("ST01"),
                    "transaction set " + s.element(1) + " " + s.element(2) + " is not an 835 remittance; skipped"));
        }
    }

    private void endTransaction() {
        closeClaim();
        if (remittance != null) {
            remittances.add(remittance.build());
            remittance = null;
        }
    }

    private void bpr(X12Segment s) {
        remittance.handlingCode = s.element(1);
        remittance.amount = money(s, 2);
        remittance.creditDebit = s.element(3);
        remittance.method = s.element(4);
        remittance.date = date(s, 16);
    }

    private void party(X12Segment s) {
        Party p = new Party(s.element(1), s.element(2), s.element(3), s.element(4));
        if ("PR".equals(p.entityCode())) {
            remittance.payer = p;
        } else if ("PE".equals(p.entityCode())) {
            remittance.payee = p;
        }
    }

    private void clp(X12Segment s) {
        closeClaim();
        claim = new ClaimBuilder();
        claim.claimId = s.element(1);
        claim.status = s.element(2);
        claim.charge = money(s, 3);
        claim.paid = money(s, 4);
        claim.patientResponsibility = s.element(5).isEmpty() ? Money.ZERO : money(s, 5);
        claim.filingIndicator = s.element(6);
        claim.payerControlNumber = s.element(7);
        claim.facilityTypeCode = s.element(8);
        claim.frequencyCode = s.element(9);
    }

    private void cas(X12Segment s) {
        List<Adjustment> target = line != null ? line.adjustments : claim != null ? claim.adjustments : null;
        if (target == null) {
            findings.add(Finding.warning("REMIT-CAS-OUTSIDE-CLAIM", at("CAS"), "CAS outside any claim; ignored"));
            return;
        }
        // Up to six reason/amount/quantity triplets follow the group code (CAS02-CAS19).
        for (int i = 2; i <= 17; i += 3) {
            String reason = s.element(i);
            if (!reason.isEmpty()) {
                BigDecimal quantity = s.element(i + 2).isEmpty() ? BigDecimal.ZERO : decimal(s, i + 2);
                target.add(new Adjustment(s.element(1), reason, money(s, i + 1), quantity));
            }
        }
    }

    private void nm1(X12Segment s) {
        if (claim != null && "QC".equals(s.element(1))) {
            String name = s.element(4).isEmpty() ? s.element(3) : s.element(3) + ", " + s.element(4);
            claim.patient = new Party("QC", name, s.element(8), s.element(9));
        }
    }

    private void remarks(X12Segment s, String kind, int from, int to) {
        if (claim == null) {
            return;
        }
        for (int i = from; i <= to; i++) {
            if (!s.element(i).isEmpty()) {
                claim.remarks.add(new RemarkCode(kind, s.element(i)));
            }
        }
    }

    private void dtm(X12Segment s) {
        String qualifier = s.element(1);
        if (line != null && ("472".equals(qualifier) || "150".equals(qualifier)) && line.serviceDate.isEmpty()) {
            line.serviceDate = date(s, 2);
        } else if (line == null && claim != null && "232".equals(qualifier)) {
            claim.statementFrom = date(s, 2);
        } else if (line == null && claim != null && "233".equals(qualifier)) {
            claim.statementTo = date(s, 2);
        }
    }

    private void svc(X12Segment s) {
        if (claim == null) {
            findings.add(Finding.warning("REMIT-SVC-OUTSIDE-CLAIM", at("SVC"), "SVC outside any claim; ignored"));
            return;
        }
        closeLine();
        line = new LineBuilder();
        line.procedure = procedure(s, 1);
        line.charge = money(s, 2);
        line.paid = money(s, 3);
        line.revenueCode = s.element(4);
        // TR3 SVC05: when units paid are not sent, one unit is assumed.
        line.units = s.element(5).isEmpty() ? BigDecimal.ONE : decimal(s, 5);
        line.submittedProcedure = s.element(6).isEmpty() ? Procedure.NONE : procedure(s, 6);
    }

    private Procedure procedure(X12Segment s, int element) {
        List<String> modifiers = new ArrayList<>();
        for (int c = 3; c <= 6; c++) {
            if (!s.component(element, c).isEmpty()) {
                modifiers.add(s.component(element, c));
            }
        }
        if (s.component(element, 2).isEmpty()) {
            findings.add(Finding.error("REMIT-SVC-PROCEDURE", at("SVC" + String.format("%02d", element)),
                    "procedure composite '" + s.element(element) + "' has no code after its qualifier"
                            + " (is the component separator the one in ISA16?)"));
        }
        return new Procedure(s.component(element, 1), s.component(element, 2), modifiers);
    }

    private void amt(X12Segment s) {
        if (line != null && "B6".equals(s.element(1))) {
            line.allowed = Optional.of(money(s, 2));
        }
    }

    private void ref(X12Segment s) {
        if (line != null && "6R".equals(s.element(1))) {
            line.controlNumber = s.element(2);
        }
    }

    private void lq(X12Segment s) {
        if (line != null && !s.element(2).isEmpty()) {
            line.remarks.add(new RemarkCode("RX".equals(s.element(1)) ? "LQ-RX" : "LQ", s.element(2)));
        }
    }

    private void plb(X12Segment s) {
        closeClaim();
        // Up to six adjustment identifier/amount pairs (PLB03/04 ... PLB13/14).
        for (int i = 3; i <= 13; i += 2) {
            if (!s.component(i, 1).isEmpty()) {
                remittance.providerAdjustments.add(new ProviderAdjustment(s.element(1), date(s, 2),
                        s.component(i, 1), s.component(i, 2), money(s, i + 1)));
            }
        }
    }

    private void closeLine() {
        if (line != null && claim != null) {
            claim.lines.add(line.build());
        }
        line = null;
    }

    private void closeClaim() {
        closeLine();
        if (claim != null && remittance != null) {
            remittance.claims.add(claim.build());
        }
        claim = null;
    }

    private Money money(X12Segment s, int element) {
        String text = s.element(element);
        try {
            return Money.parse(text);
        } catch (IllegalArgumentException e) {
            findings.add(Finding.error("REMIT-AMOUNT", at(s.tag() + String.format("%02d", element)),
                    "not an amount: '" + text + "'; read as 0.00"));
            return Money.ZERO;
        }
    }

    private BigDecimal decimal(X12Segment s, int element) {
        try {
            return new BigDecimal(s.element(element));
        } catch (NumberFormatException e) {
            findings.add(Finding.error("REMIT-QUANTITY", at(s.tag() + String.format("%02d", element)),
                    "not a quantity: '" + s.element(element) + "'; read as 0"));
            return BigDecimal.ZERO;
        }
    }

    private Optional<LocalDate> date(X12Segment s, int element) {
        String text = s.element(element);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        // X12 DT is CCYYMMDD (8 digits); read by hand, since a DateTimeFormatter costs more than the rest of a DTM
        // segment on a large 835. A bad date is left empty: the schema validation reports it with its position.
        if (text.length() != 8) {
            return Optional.empty();
        }
        int value = 0;
        for (int i = 0; i < 8; i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return Optional.empty();
            }
            value = value * 10 + (ch - '0');
        }
        try {
            return Optional.of(LocalDate.of(value / 10_000, value / 100 % 100, value % 100));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private Location at(String element) {
        String tx = remittance != null ? "ST " + remittance.controlNumber + " " : "";
        return new Location(source, position, tx + "segment " + position + " " + element);
    }

    /** The remittance being read. */
    private static final class RemittanceBuilder {
        final String controlNumber;
        String handlingCode = "";
        Money amount = Money.ZERO;
        String creditDebit = "";
        String method = "";
        Optional<LocalDate> date = Optional.empty();
        String traceNumber = "";
        String originatorId = "";
        Party payer = Party.NONE;
        Party payee = Party.NONE;
        final List<ClaimPayment> claims = new ArrayList<>();
        final List<ProviderAdjustment> providerAdjustments = new ArrayList<>();

        RemittanceBuilder(String controlNumber) {
            this.controlNumber = controlNumber;
        }

        Remittance build() {
            Payment payment = new Payment(handlingCode, amount, creditDebit, method, date, traceNumber, originatorId);
            return new Remittance(controlNumber, payment, payer, payee, claims, providerAdjustments);
        }
    }

    /** The claim being read. */
    private static final class ClaimBuilder {
        String claimId = "";
        String status = "";
        Money charge = Money.ZERO;
        Money paid = Money.ZERO;
        Money patientResponsibility = Money.ZERO;
        String filingIndicator = "";
        String payerControlNumber = "";
        String facilityTypeCode = "";
        String frequencyCode = "";
        Party patient = Party.NONE;
        Optional<LocalDate> statementFrom = Optional.empty();
        Optional<LocalDate> statementTo = Optional.empty();
        final List<Adjustment> adjustments = new ArrayList<>();
        final List<RemarkCode> remarks = new ArrayList<>();
        final List<ServiceLine> lines = new ArrayList<>();

        ClaimPayment build() {
            return new ClaimPayment(claimId, status, charge, paid, patientResponsibility, filingIndicator,
                    payerControlNumber, facilityTypeCode, frequencyCode, patient, statementFrom, statementTo,
                    adjustments, remarks, lines);
        }
    }

    /** The service line being read. */
    private static final class LineBuilder {
        Procedure procedure = Procedure.NONE;
        Money charge = Money.ZERO;
        Money paid = Money.ZERO;
        String revenueCode = "";
        BigDecimal units = BigDecimal.ONE;
        Procedure submittedProcedure = Procedure.NONE;
        Optional<LocalDate> serviceDate = Optional.empty();
        Optional<Money> allowed = Optional.empty();
        String controlNumber = "";
        final List<Adjustment> adjustments = new ArrayList<>();
        final List<RemarkCode> remarks = new ArrayList<>();

        ServiceLine build() {
            return new ServiceLine(procedure, charge, paid, revenueCode, units, submittedProcedure, serviceDate,
                    allowed, controlNumber, adjustments, remarks);
        }
    }
}
