package org.medcoder.claims.x12;

import java.time.format.DateTimeFormatter;

/** The interchange (ISA/IEA), group (GS/GE) and BHT segments of an 837 (TR3 appendix C; 1.4.x envelopes). */
final class Envelopes {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private Envelopes() {
    }

    static void header(SegmentSink sink, Envelope env, TransactionKind guide) {
        String control = String.format("%09d", env.controlNumber());
        // ISA: no authorization/security information; mutually defined (ZZ) sender and receiver ids, fixed width.
        sink.segment("ISA", "00", " ".repeat(10), "00", " ".repeat(10), "ZZ", pad(env.submitter().id(), 15), "ZZ",
                pad(env.receiver().id(), 15), env.created().format(YYMMDD), env.created().format(HHMM), "^", "00501",
                control, "0", env.test() ? "T" : "P", ":");
        sink.segment("GS", "HC", env.submitter().id(), env.receiver().id(), env.created().format(CCYYMMDD),
                env.created().format(HHMM), Long.toString(env.controlNumber()), "X", guide.implementation());
    }

    /** BHT: hierarchical structure 0019, original (00), a reference unique per file, creation date and time, CH chargeable. */
    static void beginHierarchy(SegmentSink sink, Envelope env, int transaction) {
        sink.segment("BHT", "0019", "00", env.controlNumber() + "-" + transaction, env.created().format(CCYYMMDD),
                env.created().format(HHMM), "CH");
    }

    static void trailer(SegmentSink sink, Envelope env, int transactionSets) {
        sink.segment("GE", Integer.toString(transactionSets), Long.toString(env.controlNumber()));
        sink.segment("IEA", "1", String.format("%09d", env.controlNumber()));
    }

    private static String pad(String id, int width) {
        return id.length() >= width ? id.substring(0, width) : id + " ".repeat(width - id.length());
    }
}
