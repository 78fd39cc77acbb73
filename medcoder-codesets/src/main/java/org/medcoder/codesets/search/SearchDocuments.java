package org.medcoder.codesets.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.medcoder.codesets.AppliedNote;
import org.medcoder.codesets.HcpcsEntry;
import org.medcoder.codesets.HcpcsRelease;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.IndexTerm;
import org.medcoder.codesets.NoteKind;
import org.medcoder.codesets.PcsRelease;
import org.medcoder.core.CodeSystem;
import org.medcoder.core.IcdCmCode;

/**
 * Turns releases into search documents, one per code: its title, its own inclusion terms and the Alphabetic
 * Index paths that lead to it (e.g. "Infarct, infarction, myocardium, myocardial" for I21.9).
 */
final class SearchDocuments {

    static final String ID = "id";
    static final String CODE = "code";
    static final String SYSTEM = "system";
    static final String DISPLAY = "display";
    static final String RELEASE = "release";
    static final String TITLE = "title";
    static final String INCLUSION = "inclusion";
    static final String INDEX = "index";
    static final String BILLABLE = "billable";
    static final String RANK = "rank";
    /** Suffix of the doc-values field that holds a text field's analyzed terms (see {@link SearchTerms}). */
    static final String TERMS = ".terms";
    /** Suffix of the doc-values field that holds a text field's values as given, separated by {@link #SEPARATOR}. */
    static final String TEXT = ".text";
    /**
     * Separates the values of one field in its {@link #TEXT} doc value: the ASCII unit separator, which XML 1.0
     * text cannot contain.
     */
    static final char SEPARATOR = '\u001f';
    /** Separator of index path levels as displayed, e.g. "Infarct, infarction > myocardium, myocardial". */
    static final String LEVEL = " > ";
    /** Index paths kept per code: a few codes (e.g. R69) are the target of hundreds of paths. */
    private static final int MAX_PATHS = 60;

    private final Analyzer analyzer = ClinicalAnalyzers.index();

    /** Adds a text field and, beside it, its analyzed terms for re-ranking. */
    private void text(Document d, String field, String value) {
        d.add(new TextField(field, value, Field.Store.NO));
        appendTerms(field, SearchTerms.stored(analyzer, value), value);
    }

    /**
     * The analyzed terms of a field's values go into one doc-values entry per field, values separated by a line
     * feed, and the values as given into another: re-ranking and the results read them without decompressing
     * stored fields (which cost tens of microseconds a hit, a tenth of a search). Nothing is stored.
     */
    private final Map<String, List<String>> pendingTerms = new HashMap<>();
    private final Map<String, List<String>> pendingText = new HashMap<>();

    private void appendTerms(String field, String terms, String text) {
        pendingTerms.computeIfAbsent(field, k -> new ArrayList<>()).add(terms);
        pendingText.computeIfAbsent(field, k -> new ArrayList<>()).add(text.replace(SEPARATOR, ' '));
    }

    /** Adds the collected terms and texts of every field to the document as doc values. */
    private Document finish(Document d) {
        for (Map.Entry<String, List<String>> e : pendingTerms.entrySet()) {
            d.add(new BinaryDocValuesField(e.getKey() + TERMS, new BytesRef(String.join("\n", e.getValue()))));
        }
        for (Map.Entry<String, List<String>> e : pendingText.entrySet()) {
            d.add(new BinaryDocValuesField(e.getKey() + TEXT,
                    new BytesRef(String.join(String.valueOf(SEPARATOR), e.getValue()))));
        }
        pendingTerms.clear();
        pendingText.clear();
        return d;
    }

    /**
     * Adds an index path: text with levels joined by {@link #LEVEL}; terms with levels joined by {@code |} and each
     * level's comma-separated forms by {@code ,}.
     */
    private void path(Document d, List<String> levels) {
        String text = String.join(LEVEL, levels);
        d.add(new TextField(INDEX, text, Field.Store.NO));
        StringBuilder terms = new StringBuilder();
        for (String level : levels) {
            terms.append(terms.length() == 0 ? "" : "|");
            String[] forms = level.split(",");
            for (int i = 0; i < forms.length; i++) {
                terms.append(i == 0 ? "" : ",").append(SearchTerms.stored(analyzer, forms[i]));
            }
        }
        appendTerms(INDEX, terms.toString(), text);
    }

    void icd10cm(IcdCmRelease release, Consumer<Document> sink) {
        Map<String, List<List<String>>> paths = indexPaths(release);
        String version = release.info().version();
        for (IcdCmEntry e : release.entries()) {
            Document d = base(CodeSystem.ICD10CM, e.code().value(), e.code().dotted(), e.longTitle(), version, e.billable());
            for (AppliedNote n : release.notes(e.code())) {
                if (n.note().kind() == NoteKind.INCLUSION_TERM && n.isOwn(e.code().value())) {
                    text(d, INCLUSION, n.note().text());
                }
            }
            for (List<String> p : paths.getOrDefault(e.code().value(), List.of())) {
                path(d, p);
            }
            sink.accept(finish(d));
        }
    }

    void icd10pcs(PcsRelease release, Consumer<Document> sink) {
        String version = release.info().version();
        release.codes().forEach(c -> sink.accept(finish(
                base(CodeSystem.ICD10PCS, c.value(), c.value(), release.title(c).orElse(""), version, true))));
    }

    void hcpcs(HcpcsRelease release, Consumer<Document> sink) {
        String version = release.info().version();
        LocalDate start = release.info().period().start();
        for (HcpcsEntry e : release.entries()) {
            // Codes discontinued before the release took effect stay findable (claims for old dates) but rank lower.
            boolean active = e.terminated().map(t -> !t.isBefore(start)).orElse(true);
            sink.accept(finish(base(CodeSystem.HCPCS, e.code().value(), e.code().value(), e.longDescription(), version,
                    active)));
        }
    }

    private Document base(CodeSystem system, String code, String display, String title, String version,
            boolean billable) {
        Document d = new Document();
        d.add(new StringField(ID, system.id() + ":" + code, Field.Store.NO));
        d.add(new StringField(CODE, code, Field.Store.NO));
        d.add(new StringField(SYSTEM, system.id(), Field.Store.NO));
        d.add(new SortedDocValuesField(SYSTEM, new BytesRef(system.id())));
        d.add(new BinaryDocValuesField(DISPLAY, new BytesRef(display)));
        d.add(new SortedDocValuesField(RELEASE, new BytesRef(version)));
        text(d, TITLE, title);
        d.add(new NumericDocValuesField(BILLABLE, billable ? 1 : 0));
        if (billable) {
            d.add(new FeatureField(RANK, BILLABLE, 1f));
        }
        return d;
    }

    /**
     * Every Alphabetic Index path (its levels, main term first), keyed by the code (without dot) it points to,
     * when the release has that code.
     */
    static Map<String, List<List<String>>> indexPaths(IcdCmRelease release) {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        for (IndexTerm main : release.index().mainTerms()) {
            walk(release, main, new ArrayList<>(List.of(main.title())), out);
        }
        return out;
    }

    private static void walk(IcdCmRelease release, IndexTerm term, List<String> path,
            Map<String, List<List<String>>> out) {
        String code = normalize(term.code());
        if (!code.isEmpty() && release.entry(IcdCmCode.parse(code)).isPresent()) {
            List<List<String>> list = out.computeIfAbsent(code, k -> new ArrayList<>());
            if (list.size() < MAX_PATHS) {
                list.add(List.copyOf(path));
            }
        }
        for (IndexTerm sub : term.subterms()) {
            path.add(sub.title());
            walk(release, sub, path, out);
            path.remove(path.size() - 1);
        }
    }

    /** An index code as printed ({@code I21.9}, {@code E11.2-}, {@code I21.-}) without dot and dash, or "". */
    static String normalize(String printed) {
        String c = printed.strip().toUpperCase(Locale.ROOT).replace("-", "").replace(".", "");
        return IcdCmCode.isWellFormed(c) ? c : "";
    }
}
