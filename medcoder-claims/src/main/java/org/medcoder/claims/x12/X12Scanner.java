package org.medcoder.claims.x12;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads an X12 interchange with StAEDI's streaming reader, validates each transaction set against medcoder's
 * schema for its kind, hands every segment to a handler, and turns every problem — validation errors, bad
 * delimiters, truncation — into {@link X12Error}s with their position. It never throws for bad input.
 *
 * <p>Design: one pass, one reused {@link X12Segment}; the transaction schema is set when the ST segment ends, as
 * StAEDI requires (between the start and the end of ST).
 */
public final class X12Scanner {

    private static final EDIInputFactory FACTORY = newFactory();

    private final String source;
    private final Consumer<X12Segment> handler;
    private final boolean validate;
    private final X12Segment segment = new X12Segment();
    private final Deque<String> loops = new ArrayDeque<>();
    private final List<TransactionResult> transactions = new ArrayList<>();
    private final List<X12Error> envelopeErrors = new ArrayList<>();
    private InterchangeHeader interchange = InterchangeHeader.NONE;
    private GroupHeader group = GroupHeader.NONE;
    private boolean interchangeSeen;
    private boolean interchangeOpen;
    private boolean groupOpen;
    private boolean stopped;
    private OpenTransaction open;
    private int lastAbsolutePosition;

    private X12Scanner(String source, Consumer<X12Segment> handler, boolean validate) {
        this.source = source;
        this.handler = handler;
        this.validate = validate;
    }

    /** Scans one file: every segment goes to {@code handler} (copy what you keep), problems to the report. */
    public static ValidationReport scan(InputStream in, String source, Consumer<X12Segment> handler) {
        return scan(in, source, handler, true);
    }

    /**
     * Scans one file, with or without schema validation of the transaction sets. Without it only the envelope
     * (delimiters, ISA/GS/ST headers and trailers, counts) is checked: StAEDI's schema validation costs several
     * times its raw reading speed (see docs/remittance.md, Performance).
     */
    public static ValidationReport scan(InputStream in, String source, Consumer<X12Segment> handler, boolean validate) {
        X12Scanner scanner = new X12Scanner(source, handler, validate);
        scanner.run(in);
        return new ValidationReport(source, scanner.interchangeSeen, scanner.interchange, scanner.transactions,
                scanner.envelopeErrors);
    }

    private static EDIInputFactory newFactory() {
        X12Schemas.init();
        EDIInputFactory f = EDIInputFactory.newFactory();
        // Many senders put a line break after each segment terminator.
        f.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
        return f;
    }

    private void run(InputStream in) {
        try (EDIStreamReader reader = FACTORY.createEDIStreamReader(in)) {
            while (reader.hasNext()) {
                handle(reader, reader.next());
            }
        } catch (EDIStreamException | RuntimeException e) {
            // StAEDI stops at a syntax it cannot read (bad delimiters, a cut-off file): report where, not a stack trace.
            unreadable(e);
        } catch (IOException e) {
            envelopeErrors.add(envelope("1", "cannot read the file: " + e.getMessage()));
        }
        if (open != null) {
            open.errors.add(new X12Error(X12Error.Level.TRANSACTION, "2",
                    new SegmentPosition(open.segmentCount(lastAbsolutePosition), "SE", "", 0, 0), "", "",
                    "Transaction set trailer (SE) missing: the file ends inside the transaction set"));
            closeTransaction();
        }
        // AK905 3: functional group trailer missing; TA105 023: premature end of the interchange.
        if (groupOpen && !stopped) {
            envelopeErrors.add(envelope("3", "Functional group trailer (GE) missing: the file ends inside the group"));
        }
        if (interchangeOpen && !stopped) {
            envelopeErrors.add(envelope("023", "Interchange trailer (IEA) missing: the file ends inside the interchange"));
        }
    }

    private void handle(EDIStreamReader r, EDIStreamEvent event) {
        switch (event) {
            case START_INTERCHANGE -> {
                interchangeSeen = true;
                interchangeOpen = true;
            }
            case END_INTERCHANGE -> interchangeOpen = false;
            case START_GROUP -> groupOpen = true;
            case END_GROUP -> groupOpen = false;
            case START_TRANSACTION -> {
                open = new OpenTransaction(group);
                loops.clear();
            }
            case START_LOOP -> loops.push(r.getReferenceCode());
            case END_LOOP -> loops.poll();
            case START_SEGMENT -> startSegment(r);
            case ELEMENT_DATA -> {
                Location l = r.getLocation();
                if (l.getElementOccurrence() <= 1) {
                    segment.set(l.getElementPosition(), l.getComponentPosition(), r.getText());
                }
            }
            case END_SEGMENT -> endSegment(r);
            case END_TRANSACTION -> closeTransaction();
            case SEGMENT_ERROR -> segmentError(r);
            case ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> elementError(r);
            default -> {
                // Interchange and group boundaries carry nothing beyond their header segments.
            }
        }
    }

    private void startSegment(EDIStreamReader r) {
        int absolute = r.getLocation().getSegmentPosition();
        lastAbsolutePosition = absolute;
        if (open != null && open.stAbsolutePosition < 0) {
            open.stAbsolutePosition = absolute;
        }
        int position = open != null ? open.segmentCount(absolute) : absolute;
        segment.start(r.getText(), position, loops.isEmpty() ? "" : loops.peek());
    }

    private void endSegment(EDIStreamReader r) {
        switch (segment.tag()) {
            case "ISA" -> interchange = new InterchangeHeader(segment.element(5).strip(), segment.element(6).strip(),
                    segment.element(7).strip(), segment.element(8).strip(), segment.element(13),
                    segment.element(15));
            case "GS" -> group = new GroupHeader(segment.element(1), segment.element(2), segment.element(3),
                    segment.element(6), segment.element(8));
            case "ST" -> startTransaction(r);
            default -> {
            }
        }
        handler.accept(segment);
    }

    private void startTransaction(EDIStreamReader r) {
        if (open == null) {
            return;
        }
        open.transactionSetId = segment.element(1);
        open.controlNumber = segment.element(2);
        open.implementation = segment.element(3).isEmpty() ? group.version() : segment.element(3);
        open.kind = TransactionKind.detect(open.transactionSetId, open.implementation);
        if (!validate && open.kind.isPresent()) {
            return;
        }
        Optional<io.xlate.edi.schema.Schema> schema = open.kind.flatMap(X12Schemas::schemaFor);
        if (schema.isPresent()) {
            r.setTransactionSchema(schema.get());
        } else {
            String why = open.kind.map(k -> "no " + k.transactionSetId() + " " + k.implementation() + " schema in this build yet")
                    .orElse("medcoder validates 835 (005010X221A1), 837P (005010X222A1) and 837I (005010X223A2)");
            open.errors.add(new X12Error(X12Error.Level.TRANSACTION, "1", new SegmentPosition(1, "ST", "", 0, 0),
                    open.transactionSetId + " " + open.implementation, "", "Transaction set not supported: " + why));
        }
    }

    private void closeTransaction() {
        if (open != null) {
            transactions.add(new TransactionResult(open.group, open.transactionSetId, open.controlNumber,
                    open.implementation, open.kind, open.errors));
            open = null;
        }
    }

    private void segmentError(EDIStreamReader r) {
        EDIStreamValidationError type = r.getErrorType();
        Location l = r.getLocation();
        SegmentPosition at = position(l, r.getText(), 0, 0);
        add(new X12Error(X12Error.Level.SEGMENT, X12ErrorCodes.segmentCode(type), at, "", "",
                X12ErrorCodes.describe(type) + ": " + r.getText()));
    }

    private void elementError(EDIStreamReader r) {
        EDIStreamValidationError type = r.getErrorType();
        Location l = r.getLocation();
        String tag = l.getSegmentTag() == null ? segment.tag() : l.getSegmentTag();
        SegmentPosition at = position(l, tag, Math.max(0, l.getElementPosition()), Math.max(0, l.getComponentPosition()));
        String value = r.getText() == null ? "" : r.getText();
        String reference = r.getReferenceCode() == null ? "" : r.getReferenceCode().replaceFirst("^E(?=[0-9])", "");
        X12Error error = switch (type) {
            case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT -> control(tag, at, value,
                    "Number of included segments or groups does not match the actual count");
            case CONTROL_REFERENCE_MISMATCH -> control(tag, at, value,
                    "Control number in header and trailer do not match");
            default -> new X12Error(X12Error.Level.ELEMENT, X12ErrorCodes.elementCode(type), at, value, reference,
                    X12ErrorCodes.describe(type) + " in " + at.segmentTag() + String.format("%02d", at.element())
                            + (reference.isEmpty() ? "" : " (data element " + reference + ")"));
        };
        add(error);
    }

    /** Trailer count and reference errors: IK502 4/3 on SE, AK905 5/4 on GE, TA1 codes on IEA. */
    private X12Error control(String tag, SegmentPosition at, String value, String message) {
        boolean count = message.startsWith("Number");
        if ("SE".equals(tag)) {
            return new X12Error(X12Error.Level.TRANSACTION, count ? "4" : "3", at, value, "", message);
        }
        return new X12Error(X12Error.Level.ENVELOPE, count ? "5" : "4", at, value, "", tag + ": " + message);
    }

    private void add(X12Error error) {
        boolean envelopeSegment = switch (error.position().segmentTag()) {
            case "ISA", "IEA", "GS", "GE", "TA1" -> true;
            default -> false;
        };
        if (open != null && !envelopeSegment) {
            open.errors.add(error);
        } else {
            envelopeErrors.add(error);
        }
    }

    private SegmentPosition position(Location l, String tag, int element, int component) {
        int absolute = l.getSegmentPosition();
        int count = open != null ? open.segmentCount(absolute) : absolute;
        return new SegmentPosition(Math.max(0, count), tag == null ? "" : tag, loops.isEmpty() ? "" : loops.peek(),
                element, component);
    }

    private void unreadable(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // A file cut off between segments is reported as the missing trailers below, not as a syntax error.
        boolean endOfStream = message.contains("end of stream");
        if (endOfStream && interchangeSeen && open == null) {
            return;
        }
        stopped = !endOfStream;
        String what = interchangeSeen ? "X12 syntax error, reading stopped: " : "not a readable X12 interchange: ";
        SegmentPosition at = new SegmentPosition(open != null ? open.segmentCount(lastAbsolutePosition) : lastAbsolutePosition,
                segment.tag(), loops.isEmpty() ? "" : loops.peek(), 0, 0);
        if (open != null) {
            open.errors.add(new X12Error(X12Error.Level.TRANSACTION, "5", at, "", "", what + message));
        } else {
            envelopeErrors.add(new X12Error(X12Error.Level.ENVELOPE, "1", at, "", "", what + message));
        }
    }

    private X12Error envelope(String code, String message) {
        return new X12Error(X12Error.Level.ENVELOPE, code, new SegmentPosition(lastAbsolutePosition, "", "", 0, 0), "", "", message);
    }

    /** The transaction set being read. */
    private static final class OpenTransaction {
        final GroupHeader group;
        int stAbsolutePosition = -1;
        final List<X12Error> errors = new ArrayList<>();
        String transactionSetId = "";
        String controlNumber = "";
        String implementation = "";
        Optional<TransactionKind> kind = Optional.empty();

        OpenTransaction(GroupHeader group) {
            this.group = group;
        }

        int segmentCount(int absolute) {
            return stAbsolutePosition < 0 ? 0 : Math.max(0, absolute - stAbsolutePosition + 1);
        }
    }
}
