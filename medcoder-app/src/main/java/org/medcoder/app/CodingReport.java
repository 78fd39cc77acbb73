package org.medcoder.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.medcoder.coding.CodingResult;
import org.medcoder.coding.ContextDecision;
import org.medcoder.coding.Evidence;
import org.medcoder.coding.ProposedCode;
import org.medcoder.core.CodeSystem;

/** Renders coding results for people (text) and for evaluation scripts (tsv). */
final class CodingReport {

    private CodingReport() {
    }

    /**
     * One line per proposed code, {@code docID<TAB>code<TAB>score} (codes with dots; issue 4): the diagnoses, then
     * the procedures, each by score, best first. With {@code ranked} also every further candidate ("also
     * consider"), whose scores are all below the proposal threshold: a ranking metric such as the CodiEsp MAP
     * scores the whole ranked list, while a P/R/F1 script must read the proposals only (the default).
     */
    static String tsv(CodingResult r, boolean ranked) {
        StringBuilder b = new StringBuilder();
        for (CodeSystem system : CodeSystem.values()) {
            List<ProposedCode> codes = new ArrayList<>(concat(r.diagnoses(), r.procedures()));
            if (ranked) {
                codes.addAll(r.suggestions());
            }
            codes.removeIf(c -> c.system() != system);
            codes.sort(Comparator.comparingDouble(ProposedCode::confidence).reversed());
            for (ProposedCode c : codes) {
                b.append(r.documentId()).append('\t').append(c.code()).append('\t')
                        .append(String.format(Locale.ROOT, "%.4f", c.confidence())).append('\n');
            }
        }
        return b.toString();
    }

    /** The report a coder reads. */
    static String text(CodingResult r) {
        StringBuilder b = new StringBuilder();
        b.append("== ").append(r.documentId()).append(" (").append(r.setting().name().toLowerCase(Locale.ROOT)).append(") ==\n");
        if (!r.principal().isEmpty()) {
            b.append(r.principal()).append('\n');
        }
        section(b, "ICD-10-CM", r.diagnoses());
        section(b, "ICD-10-PCS", r.procedures());
        if (!r.suggestions().isEmpty()) {
            b.append("Also consider:");
            r.suggestions().stream().limit(10).forEach(c -> b.append(String.format(Locale.ROOT, " %s (%.2f%s)", c.code(),
                    c.confidence(), similarOnly(c) ? ", similar documents" : "")));
            b.append('\n');
        }
        if (!r.decisions().isEmpty()) {
            b.append("Not coded / changed:\n");
            for (ContextDecision d : r.decisions()) {
                b.append(String.format(Locale.ROOT, "  %-8s \"%s\" [%d-%d]: %s%n", d.code(), d.quote(), d.span().start(),
                        d.span().end(), d.decision()));
            }
        }
        return b.toString();
    }

    /** Whether the only reason for a code is that similar training documents were coded with it (no words in the note). */
    private static boolean similarOnly(ProposedCode c) {
        return !c.evidence().isEmpty() && c.evidence().stream().allMatch(e -> e.source().startsWith("codes of similar documents"));
    }

    private static void section(StringBuilder b, String title, List<ProposedCode> codes) {
        if (codes.isEmpty()) {
            b.append(title).append(": none proposed\n");
            return;
        }
        b.append(title).append('\n');
        int n = 1;
        for (ProposedCode c : codes) {
            b.append(String.format(Locale.ROOT, "  %2d. %-8s %.2f  %s%n", n++, c.code(), c.confidence(), c.title()));
            for (Evidence e : c.evidence()) {
                if (e.quote().isEmpty()) {
                    // Nothing quoted from the note (e.g. what similar documents were coded with): the reason only.
                    b.append("        ").append(e.source()).append('\n');
                    continue;
                }
                b.append(String.format(Locale.ROOT, "        \"%s\" [%d-%d] %s%n", e.quote(), e.span().start(),
                        e.span().end(), e.source()));
            }
            for (String g : c.guidelines()) {
                b.append("        guideline ").append(g).append('\n');
            }
        }
    }

    private static List<ProposedCode> concat(List<ProposedCode> a, List<ProposedCode> b) {
        List<ProposedCode> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
