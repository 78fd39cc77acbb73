package org.medcoder.claims.x12;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import io.xlate.edi.stream.EDIStreamConstants.Standards;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a 999 Implementation Acknowledgment (005010X231A1) for a {@link ValidationReport} with StAEDI's
 * writer: one AK2 per transaction set, IK3/IK4 for its segment and element errors, IK5 accept/reject, and AK9
 * for the functional group. The interchange goes back from the receiver to the sender.
 */
public final class Ack999Writer {

    private static final int MAX_BAD_VALUE = 99;

    private final EDIStreamWriter w;
    private int segmentsInTransaction;

    private Ack999Writer(EDIStreamWriter writer) {
        this.w = writer;
    }

    /**
     * Writes the acknowledgement of one file.
     *
     * @param report        what the validator found; it must have been readable
     * @param controlNumber the interchange and group control number of the 999 (1..999999999)
     * @param now           the date and time written in ISA/GS
     */
    public static void write(ValidationReport report, long controlNumber, LocalDateTime now, OutputStream out) {
        if (!report.readable()) {
            throw new IllegalArgumentException(report.source() + " could not be read as X12; there is nothing to acknowledge");
        }
        if (controlNumber < 1 || controlNumber > 999_999_999L) {
            throw new IllegalArgumentException("control number must be 1..999999999, was " + controlNumber);
        }
        try {
            EDIStreamWriter writer = EDIOutputFactory.newFactory().createEDIStreamWriter(out);
            // Validates the envelope (ISA/GS/ST trailers and counts) while writing.
            writer.setControlSchema(SchemaFactory.newFactory().getControlSchema(Standards.X12, new String[] {"00501"}));
            new Ack999Writer(writer).interchange(report, controlNumber, now);
            writer.flush();
        } catch (EDIStreamException | EDISchemaException e) {
            throw new IllegalStateException("cannot write the 999: " + e.getMessage(), e);
        }
    }

    private void interchange(ValidationReport report, long control, LocalDateTime now) throws EDIStreamException {
        InterchangeHeader isa = report.interchange();
        String number = String.format("%09d", control);
        w.startInterchange();
        segment("ISA", "00", pad("", 10), "00", pad("", 10), pad(isa.receiverQualifier(), 2), pad(isa.receiverId(), 15),
                pad(isa.senderQualifier(), 2), pad(isa.senderId(), 15), now.format(DateTimeFormatter.ofPattern("yyMMdd")),
                now.format(DateTimeFormatter.ofPattern("HHmm")), "^", "00501", number, "0",
                isa.usage().isEmpty() ? "P" : isa.usage(), ":");
        Map<GroupHeader, List<TransactionResult>> groups = new LinkedHashMap<>();
        for (TransactionResult t : report.transactions()) {
            groups.computeIfAbsent(t.group(), g -> new ArrayList<>()).add(t);
        }
        int st = 0;
        for (Map.Entry<GroupHeader, List<TransactionResult>> g : groups.entrySet()) {
            GroupHeader gs = g.getKey();
            segment("GS", "FA", gs.applicationReceiver(), gs.applicationSender(),
                    now.format(DateTimeFormatter.BASIC_ISO_DATE), now.format(DateTimeFormatter.ofPattern("HHmm")),
                    Long.toString(control + st), "X", "005010X231A1");
            transaction(String.format("%04d", ++st), gs, g.getValue(), report.envelopeErrors());
            segment("GE", "1", Long.toString(control + st - 1));
        }
        segment("IEA", Integer.toString(groups.size()), number);
        w.endInterchange();
    }

    private void transaction(String control, GroupHeader gs, List<TransactionResult> sets, List<X12Error> envelope)
            throws EDIStreamException {
        segmentsInTransaction = 0;
        segment("ST", "999", control, "005010X231A1");
        segment("AK1", gs.functionalIdCode(), gs.controlNumber(), gs.version());
        int accepted = 0;
        for (TransactionResult t : sets) {
            segment("AK2", t.transactionSetId(), t.controlNumber(), t.implementation());
            errors(t.errors());
            List<String> codes = transactionCodes(t.errors());
            accepted += t.accepted() ? 1 : 0;
            List<String> ik5 = new ArrayList<>();
            ik5.add(t.accepted() ? "A" : "R");
            ik5.addAll(codes);
            segment("IK5", ik5.toArray(String[]::new));
        }
        List<String> ak9 = new ArrayList<>(List.of(accepted == sets.size() && envelope.isEmpty() ? "A" : accepted == 0 ? "R" : "P",
                Integer.toString(sets.size()), Integer.toString(sets.size()), Integer.toString(accepted)));
        envelope.stream().filter(e -> "GE".equals(e.position().segmentTag())).limit(5).forEach(e -> ak9.add(e.code()));
        segment("AK9", ak9.toArray(String[]::new));
        segmentsInTransaction++;
        segment("SE", Integer.toString(segmentsInTransaction), control);
    }

    /**
     * IK3 per segment in error; the element errors of one segment go as IK4s under one IK3 with code 8
     * ("segment has data element errors").
     */
    private void errors(List<X12Error> errors) throws EDIStreamException {
        int lastElementSegment = -1;
        for (X12Error e : errors) {
            SegmentPosition p = e.position();
            int at = Math.max(1, p.segmentCount());
            if (e.level() == X12Error.Level.SEGMENT) {
                segment("IK3", p.segmentTag(), Integer.toString(at), loopId(p), e.code());
                lastElementSegment = -1;
            } else if (e.level() == X12Error.Level.ELEMENT) {
                if (at != lastElementSegment) {
                    segment("IK3", p.segmentTag(), Integer.toString(at), loopId(p), "8");
                    lastElementSegment = at;
                }
                String position = p.component() > 0 ? p.element() + ":" + p.component() : Integer.toString(p.element());
                ik4(position, e.elementReference(), e.code(), badValue(e.badValue()));
            }
        }
    }

    /** IK404 is at most 99 characters and must not carry the 999's own delimiters. */
    private static String badValue(String value) {
        String clean = value.replaceAll("[*~:^\\r\\n]", " ").strip();
        return clean.length() > MAX_BAD_VALUE ? clean.substring(0, MAX_BAD_VALUE) : clean;
    }

    private void ik4(String position, String reference, String code, String bad) throws EDIStreamException {
        w.writeStartSegment("IK4");
        w.writeStartElement();
        for (String part : position.split(":")) {
            w.writeComponent(part);
        }
        w.endElement();
        w.writeElement(reference);
        w.writeElement(code);
        if (!bad.isEmpty()) {
            w.writeElement(bad);
        }
        w.writeEndSegment();
        segmentsInTransaction++;
    }

    /** IK502 codes: the transaction-level ones, else 5 ("one or more segments in error"). */
    private static List<String> transactionCodes(List<X12Error> errors) {
        List<String> codes = new ArrayList<>();
        for (X12Error e : errors) {
            if (e.level() == X12Error.Level.TRANSACTION && !codes.contains(e.code()) && codes.size() < 5) {
                codes.add(e.code());
            }
        }
        if (codes.isEmpty() && !errors.isEmpty()) {
            codes.add("5");
        }
        return codes;
    }

    /** IK303 is at most four characters: the TR3 sub-loops 1000A/1000B do not fit and are left out. */
    private static String loopId(SegmentPosition p) {
        return p.loop().length() <= 4 ? p.loop() : "";
    }

    private void segment(String tag, String... elements) throws EDIStreamException {
        w.writeStartSegment(tag);
        int last = elements.length;
        while (last > 0 && elements[last - 1].isEmpty()) {
            last--;
        }
        for (int i = 0; i < last; i++) {
            if (elements[i].isEmpty()) {
                w.writeEmptyElement();
            } else {
                w.writeElement(elements[i]);
            }
        }
        w.writeEndSegment();
        segmentsInTransaction++;
    }

    private static String pad(String value, int length) {
        String v = value.length() > length ? value.substring(0, length) : value;
        return v + " ".repeat(length - v.length());
    }
}
