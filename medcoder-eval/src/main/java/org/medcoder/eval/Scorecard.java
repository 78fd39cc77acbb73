package org.medcoder.eval;

import java.util.Locale;
import java.util.Objects;

/**
 * The CodiEsp scorecard of one run: both tasks, corpus size and speed.
 *
 * @param split       the split scored
 * @param documents   documents coded
 * @param seconds     wall-clock seconds spent coding (reading and scoring excluded)
 * @param cpuSeconds  CPU seconds of the coding thread (one core; not inflated by other processes on the machine)
 * @param diagnoses   the D task
 * @param procedures  the P task
 */
public record Scorecard(String split, int documents, double seconds, double cpuSeconds, TaskScore diagnoses, TaskScore procedures) {

    public Scorecard {
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(diagnoses, "diagnoses");
        Objects.requireNonNull(procedures, "procedures");
    }

    /** Documents coded per second of wall-clock time. */
    public double documentsPerSecond() {
        return seconds <= 0 ? 0 : documents / seconds;
    }

    /** The report for people. */
    public String render() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "CodiEsp %s: %d documents in %.2f s wall (%.0f docs/s), %.2f s CPU (%.0f docs/s per core)%n",
                split, documents, seconds, documentsPerSecond(), cpuSeconds,
                cpuSeconds <= 0 ? 0 : documents / cpuSeconds));
        task(b, diagnoses, "D (ICD-10-CM)", "3-char");
        task(b, procedures, "P (ICD-10-PCS)", "4-char");
        return b.toString();
    }

    /** One line for an ablation table: D F1, D MAP, D 3-char F1, P 4-char F1, P MAP. */
    public String row(String name) {
        return String.format(Locale.ROOT, "| %-28s | %.3f | %.3f | %.3f | %.3f | %.3f |", name,
                diagnoses.full().f1(), diagnoses.map(), diagnoses.category().f1(), procedures.category().f1(),
                procedures.map());
    }

    /** The header of {@link #row}. */
    public static String header() {
        return "| variant                      | D F1  | D MAP | D cat F1 | P 4-char F1 | P MAP |\n"
                + "|------------------------------|-------|-------|----------|-------------|-------|";
    }

    private static void task(StringBuilder b, TaskScore t, String title, String categoryName) {
        b.append(String.format(Locale.ROOT, "%n%s%n", title));
        b.append(String.format(Locale.ROOT, "  MAP                 %.3f%n", t.map()));
        prf(b, "full code", t.full());
        prf(b, categoryName, t.category());
        if (t.release().isEmpty()) {
            b.append(String.format(Locale.ROOT, "  predicted           %d (no release loaded: validity not checked)%n", t.predicted()));
        } else {
            b.append(String.format(Locale.ROOT, "  predicted           %d, invalid in %s: %d (%.1f%%)%n", t.predicted(),
                    t.release(), t.invalidPredicted(), 100 * t.invalidShare()));
        }
        b.append(String.format(Locale.ROOT, "  gold rows           %d, not in release: %d, partial (<7 chars): %d%n",
                t.goldRows(), t.goldNotInRelease(), t.goldPartial()));
        b.append(String.format(Locale.ROOT, "  gold in ranking     %d of %d (%.1f%%)%n", t.goldRanked(), t.goldRows(),
                t.goldRows() == 0 ? 0 : 100.0 * t.goldRanked() / t.goldRows()));
        // How much re-ordering alone could add: the same codes, gold first (proposals still before the rest).
        b.append(String.format(Locale.ROOT, "  MAP if gold first   %.3f (same codes; proposals, then the rest)%n",
                t.mapOrdered()));
        b.append("  top false positives ").append(counts(t.topFalsePositives())).append('\n');
        b.append("  top false negatives ").append(counts(t.topFalseNegatives())).append('\n');
    }

    private static void prf(StringBuilder b, String name, MicroScore s) {
        b.append(String.format(Locale.ROOT, "  %-19s P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n", name,
                s.precision(), s.recall(), s.f1(), s.tp(), s.fp(), s.fn()));
    }

    private static String counts(java.util.List<CodeCount> counts) {
        StringBuilder b = new StringBuilder();
        for (CodeCount c : counts) {
            b.append(b.length() == 0 ? "" : ", ").append(c.code()).append(' ').append(c.count());
        }
        return b.toString();
    }
}
