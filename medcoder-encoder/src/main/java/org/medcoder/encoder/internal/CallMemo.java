package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;

/**
 * The texts coded while one statement is encoded, with their results: several rules code the same text again
 * ({@link FormerPrimary} looks at the statement's own index path first and, when that is no history code, the
 * statement is coded as usual; {@link FamilyHistory} codes the family clause as written, which is the whole
 * statement when it has one clause). Coding a text is a function of the text and the options, so the second request
 * takes the first result. The analysis of a text is kept too: {@link SecondCodes} and {@link StatedConditions} code
 * as one condition ({@link Engine#encodePlain}) the very text {@link Engine#encodeSingle} has just analysed, and an
 * analysis is a function of the text (its words are in the vocabulary from the first analysis on). The memo lives
 * only while the outermost {@link Engine#encode} call runs on this thread and is emptied when it returns: nothing is
 * kept from one statement to the next.
 */
final class CallMemo {

    /** The kinds of coding remembered apart (the same text coded with and without clause rules differs). */
    private enum Kind { SINGLE, PLAIN }

    private static final ThreadLocal<CallMemo> CURRENT = ThreadLocal.withInitial(CallMemo::new);

    private record Entry(Kind kind, String text, EncodeOptions options, EncodeResult result) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final List<Statement> analysed = new ArrayList<>();
    private int depth;

    /** Runs the encoding of one statement with its memo open (nested calls share it); the outermost empties it. */
    static EncodeResult during(Supplier<EncodeResult> encoding) {
        CallMemo m = CURRENT.get();
        m.depth++;
        try {
            return encoding.get();
        } finally {
            if (--m.depth == 0) {
                m.entries.clear();
                m.analysed.clear();
            }
        }
    }

    /** {@link Engine}'s coding of a text with its clause rules, computed by {@code coder} the first time. */
    static EncodeResult single(String text, EncodeOptions options, Supplier<EncodeResult> coder) {
        return of(Kind.SINGLE, text, options, coder);
    }

    /** {@link Engine}'s coding of a text as one condition, computed by {@code coder} the first time. */
    static EncodeResult plain(String text, EncodeOptions options, Supplier<EncodeResult> coder) {
        return of(Kind.PLAIN, text, options, coder);
    }

    /** {@link Statement#analyse} of the text, computed the first time (outside an encoding: every time). */
    static Statement analysed(String text, Vocabulary vocabulary) {
        CallMemo m = CURRENT.get();
        if (m.depth == 0) {
            return Statement.analyse(text, vocabulary);
        }
        for (Statement s : m.analysed) {
            if (s.text.equals(Statement.truncate(text))) {
                return s;
            }
        }
        Statement s = Statement.analyse(text, vocabulary);
        m.analysed.add(s);
        return s;
    }

    private static EncodeResult of(Kind kind, String text, EncodeOptions options, Supplier<EncodeResult> coder) {
        CallMemo m = CURRENT.get();
        if (m.depth == 0 || text == null) {
            return coder.get();
        }
        for (Entry e : m.entries) {
            if (e.kind == kind && e.text.equals(text) && (e.options == options || e.options.equals(options))) {
                return e.result;
            }
        }
        EncodeResult r = coder.get();
        m.entries.add(new Entry(kind, text, options, r));
        return r;
    }
}
