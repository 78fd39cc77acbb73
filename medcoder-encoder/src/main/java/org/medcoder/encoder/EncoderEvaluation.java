package org.medcoder.encoder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.medcoder.core.IcdCmCode;

/**
 * Accuracy of the encoder on a set of statements with the codes a coder assigned: exact code-set match rate
 * (same codes in the same order) and code-level micro precision, recall and F1, with every miss and its trail.
 *
 * @param statements number of statements scored
 * @param exact      statements whose code list equals the expected one, in sequence order
 * @param sameSet    statements whose code set equals the expected one, ignoring order
 * @param truePositives  codes both expected and produced
 * @param produced   codes produced in total
 * @param expected   codes expected in total
 * @param misses     every statement that was not an exact match
 */
public record EncoderEvaluation(int statements, int exact, int sameSet, int truePositives, int produced,
        int expected, List<Miss> misses) {

    public EncoderEvaluation {
        misses = List.copyOf(misses);
    }

    /**
     * One statement the encoder did not get exactly right.
     *
     * @param line     line number in the evaluation file
     * @param expected the expected codes
     * @param result   what the encoder returned, with trails
     */
    public record Miss(int line, List<IcdCmCode> expected, EncodeResult result) {

        public Miss {
            expected = List.copyOf(expected);
            Objects.requireNonNull(result, "result");
        }
    }

    /** One evaluation line: statement and expected codes in sequence order. */
    public record Case(int line, String statement, List<IcdCmCode> expected) {

        public Case {
            Objects.requireNonNull(statement, "statement");
            expected = List.copyOf(expected);
        }

        /**
         * Parses {@code statement<TAB>code code ...}; blank lines and lines starting with # give null.
         *
         * @throws IllegalArgumentException naming the line when it has no tab or a malformed code
         */
        public static Case parse(int line, String text) {
            if (text.isBlank() || text.startsWith("#")) {
                return null;
            }
            int tab = text.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException("line " + line + ": expected 'statement<TAB>codes', found no tab");
            }
            List<IcdCmCode> codes = new ArrayList<>();
            for (String c : text.substring(tab + 1).strip().split("\\s+")) {
                if (!c.isEmpty()) {
                    try {
                        codes.add(IcdCmCode.parse(c));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("line " + line + ": " + e.getMessage());
                    }
                }
            }
            return new Case(line, text.substring(0, tab).strip(), codes);
        }
    }

    /** Runs the encoder on every case. */
    public static EncoderEvaluation run(Encoder encoder, List<Case> cases) {
        int exact = 0;
        int sameSet = 0;
        int tp = 0;
        int produced = 0;
        int expected = 0;
        List<Miss> misses = new ArrayList<>();
        for (Case c : cases) {
            EncodeResult r = encoder.encode(c.statement());
            List<IcdCmCode> got = r.codes().stream().map(EncodedCode::code).toList();
            Set<IcdCmCode> want = new HashSet<>(c.expected());
            for (IcdCmCode g : new HashSet<>(got)) {
                tp += want.contains(g) ? 1 : 0;
            }
            produced += new HashSet<>(got).size();
            expected += want.size();
            if (got.equals(c.expected())) {
                exact++;
            } else {
                misses.add(new Miss(c.line(), c.expected(), r));
            }
            sameSet += new HashSet<>(got).equals(want) ? 1 : 0;
        }
        return new EncoderEvaluation(cases.size(), exact, sameSet, tp, produced, expected, misses);
    }

    /** Exact match rate (codes and order), 0..1. */
    public double exactRate() {
        return statements == 0 ? 0 : (double) exact / statements;
    }

    /** Code-level precision. */
    public double precision() {
        return produced == 0 ? 0 : (double) truePositives / produced;
    }

    /** Code-level recall. */
    public double recall() {
        return expected == 0 ? 0 : (double) truePositives / expected;
    }

    /** Code-level F1. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
