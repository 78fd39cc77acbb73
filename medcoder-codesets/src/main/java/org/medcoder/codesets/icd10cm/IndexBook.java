package org.medcoder.codesets.icd10cm;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.medcoder.codesets.AlphabeticIndex;
import org.medcoder.codesets.IndexTerm;

/**
 * One index or table (immutable): its main terms in published order and a lookup by title. A book can be lazy:
 * its terms are read from the snapshot the first time they are asked for, so that start-up does not pay for
 * ~100,000 index terms that a lookup or validation never reads.
 */
public final class IndexBook implements AlphabeticIndex {

    private final String source;
    private final int fiscalYear;
    private volatile List<String> columns;
    private volatile List<IndexTerm> mainTerms;
    private volatile Supplier<IndexBook> pending;
    private volatile Map<String, IndexTerm> byTitle;

    /** An index with these table columns (empty for an index), main terms, source and year. */
    public IndexBook(List<String> columns, List<IndexTerm> mainTerms, String source, int fiscalYear) {
        this.columns = List.copyOf(columns);
        this.mainTerms = List.copyOf(mainTerms);
        this.source = source;
        this.fiscalYear = fiscalYear;
    }

    private IndexBook(String source, int fiscalYear, Supplier<IndexBook> loader) {
        this.source = source;
        this.fiscalYear = fiscalYear;
        this.pending = loader;
    }

    /** A book with this source and year whose terms are loaded by {@code loader} on first use. */
    public static IndexBook lazy(String source, int fiscalYear, Supplier<IndexBook> loader) {
        return new IndexBook(source, fiscalYear, loader);
    }

    private void load() {
        if (pending != null) {
            synchronized (this) {
                if (pending != null) {
                    IndexBook b = pending.get();
                    columns = b.columns();
                    mainTerms = b.mainTerms();
                    pending = null;
                }
            }
        }
    }

    /** An index that no file supplied: no terms, source says so. */
    public static IndexBook empty(String what) {
        return new IndexBook(List.of(), List.of(), "none (no " + what + " file loaded)", 0);
    }

    @Override
    public List<String> columns() {
        load();
        return columns;
    }

    @Override
    public List<IndexTerm> mainTerms() {
        load();
        return mainTerms;
    }

    @Override
    public Optional<IndexTerm> mainTerm(String title) {
        Map<String, IndexTerm> m = byTitle;
        if (m == null) {
            List<IndexTerm> mainTerms = mainTerms();
            m = new HashMap<>(mainTerms.size() * 2);
            for (IndexTerm t : mainTerms) {
                m.putIfAbsent(normalize(t.title()), t);
            }
            for (IndexTerm t : mainTerms) {
                m.putIfAbsent(normalize(firstWord(t.title())), t);
            }
            byTitle = m;
        }
        return Optional.ofNullable(m.get(normalize(title)));
    }

    @Override
    public String source() {
        return source;
    }

    /** The year of the file the index came from (0 when none was loaded). */
    public int fiscalYear() {
        return fiscalYear;
    }

    /** Every term at every level (main terms and subterms). */
    public long termCount() {
        long n = 0;
        for (IndexTerm t : mainTerms()) {
            n += count(t);
        }
        return n;
    }

    private static long count(IndexTerm t) {
        long n = 1;
        for (IndexTerm s : t.subterms()) {
            n += count(s);
        }
        return n;
    }

    private static String firstWord(String title) {
        int cut = title.indexOf(',');
        return cut < 0 ? title : title.substring(0, cut);
    }

    private static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
