package org.medcoder.codesets.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.medcoder.codesets.HcpcsRelease;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.PcsRelease;
import org.medcoder.core.CodeSystem;

/**
 * Ranked text search over code titles, ICD-10-CM inclusion terms and Alphabetic Index paths, ICD-10-PCS titles and
 * HCPCS descriptions, with clinical abbreviations and lay terms ("HTN", "heart attack") expanded by a synonym list.
 * Built once from the releases in effect for a date (an in-memory Lucene index) and then safe to share between
 * threads.
 *
 * <p>Ranking: documents that contain every query word (or a synonym's words) in one field rank first, then
 * documents with the words as a phrase; partial matches (any word) are searched only when those find fewer
 * results than asked for. Alphabetic Index paths weigh most (coders first
 * locate the term in the index, Guideline I.B.1), then titles, then inclusion terms. The best candidates are
 * re-scored by how completely the query covers their title, inclusion term or index path (every level named),
 * and a billable code gets a bonus so it outranks a header with the same match (a header is not reportable,
 * Guideline I.B.2). An input shaped like a code also matches that code exactly.
 */
public final class CodeSearch implements AutoCloseable {

    /** Marker file written last into an on-disk index: its presence means the index is complete. */
    private static final String COMPLETE = "complete";
    private static final float TITLE_BOOST = 3f;
    private static final float INDEX_BOOST = 3.5f;
    private static final float INCLUSION_BOOST = 2f;
    private static final float ALL_WORDS_BOOST = 2f;
    private static final float CODE_BOOST = 100f;
    /** Candidates re-ranked per search: enough to lift a fully covered code from lower down. */
    private static final int CANDIDATES = 100;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer queryAnalyzer;
    private final Analyzer indexAnalyzer;
    private final int size;

    private CodeSearch(Directory directory, int size) throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.queryAnalyzer = ClinicalAnalyzers.query();
        this.indexAnalyzer = ClinicalAnalyzers.index();
        this.size = size;
    }

    /**
     * Builds the index in memory over the given releases (normally the one of each system in effect on the date
     * of service).
     *
     * @throws UncheckedIOException if the index cannot be written (never for a heap of normal size)
     */
    public static CodeSearch build(Collection<IcdCmRelease> icd10cm, Collection<PcsRelease> icd10pcs,
            Collection<HcpcsRelease> hcpcs) {
        try {
            Directory dir = new ByteBuffersDirectory();
            int size = write(dir, icd10cm, icd10pcs, hcpcs);
            return new CodeSearch(dir, size);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index", e);
        }
    }

    /**
     * The index over the given releases kept on disk under {@code cacheDir}: opened when an index of exactly these
     * releases (by their source checksums) is there, else built there first. Opening takes milliseconds where
     * building takes seconds, so one-shot commands use this.
     */
    public static CodeSearch cached(Path cacheDir, Collection<IcdCmRelease> icd10cm, Collection<PcsRelease> icd10pcs,
            Collection<HcpcsRelease> hcpcs) {
        Path target = cacheDir.resolve("search-" + SearchCacheKey.of(icd10cm, icd10pcs, hcpcs));
        try {
            if (!Files.isRegularFile(target.resolve(COMPLETE))) {
                Files.createDirectories(cacheDir);
                Path tmp = Files.createTempDirectory(cacheDir, "search-build-");
                try (Directory dir = FSDirectory.open(tmp)) {
                    int size = write(dir, icd10cm, icd10pcs, hcpcs);
                    Files.writeString(tmp.resolve(COMPLETE), Integer.toString(size));
                }
                SearchCacheKey.deleteTree(target); // an incomplete leftover of a build that was killed
                SearchCacheKey.publish(tmp, target);
            }
            Directory dir = FSDirectory.open(target);
            return new CodeSearch(dir, Integer.parseInt(Files.readString(target.resolve(COMPLETE)).strip()));
        } catch (IOException | NumberFormatException e) {
            throw new UncheckedIOException("cannot build or open the search index in " + target,
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static int write(Directory dir, Collection<IcdCmRelease> icd10cm, Collection<PcsRelease> icd10pcs,
            Collection<HcpcsRelease> hcpcs) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(ClinicalAnalyzers.index());
        config.setRAMBufferSizeMB(64);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            int[] count = {0};
            Consumer<Document> sink = d -> add(writer, d, count);
            SearchDocuments docs = new SearchDocuments();
            icd10cm.forEach(r -> docs.icd10cm(r, sink));
            icd10pcs.forEach(r -> docs.icd10pcs(r, sink));
            hcpcs.forEach(r -> docs.hcpcs(r, sink));
            writer.forceMerge(1);
            writer.commit();
            return count[0];
        }
    }

    private static void add(IndexWriter writer, Document d, int[] count) {
        try {
            writer.addDocument(d);
            count[0]++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many codes the index holds. */
    public int size() {
        return size;
    }

    /**
     * The best matches for the text, best first.
     *
     * @param text    free text, an abbreviation or a code
     * @param systems the code systems to search (all when empty)
     * @param limit   at most this many results (1..1000)
     * @throws IllegalArgumentException when the text is blank or the limit is out of range
     */
    public List<SearchHit> search(String text, Set<CodeSystem> systems, int limit) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("search text is empty");
        }
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be 1..1000, was " + limit);
        }
        try {
            // First only documents with every word (or a synonym's words) in one field, or the phrase: cheap, and
            // enough for most queries. Partial matches (any word) only when that finds fewer than asked for.
            Parts parts = new Parts(text);
            int n = Math.max(limit, CANDIDATES);
            Query strict = restrict(strictMatch(parts), systems);
            TopDocs top = strict == null ? null : top(strict, n);
            if (top == null || top.totalHits.value < limit) {
                Query loose = restrict(looseMatch(parts, top), systems);
                if (loose == null) {
                    return List.of();
                }
                top = top(loose, n);
            }
            List<Candidate> ranked = Reranker.rerank(reader, top.scoreDocs, SearchTerms.of(indexAnalyzer, text),
                    parts.analyzed.terms(), limit);
            return List.copyOf(ResultFields.read(reader, ranked.subList(0, Math.min(limit, ranked.size()))));
        } catch (IOException e) {
            throw new UncheckedIOException("search index unreadable", e);
        }
    }

    /**
     * The best {@code n} documents. Hits are counted exactly only up to {@code n} (Lucene's default counts to 1,000
     * before it may skip non-competitive blocks): the caller only asks whether there are fewer than the limit, and
     * the top {@code n} are the same either way.
     */
    private TopDocs top(Query q, int n) throws IOException {
        return searcher.search(q, new TopScoreDocCollectorManager(n, null, n));
    }

    /** The per-field queries of one search text, built once and shared by the strict and the loose query. */
    private final class Parts {
        final String text;
        final Query all;
        final Query phrase;
        private Query any;

        final OnceAnalyzed analyzed;

        Parts(String text) {
            this.text = text;
            this.analyzed = new OnceAnalyzed(queryAnalyzer, text, searcher);
            this.all = fields(analyzed, Occur.MUST, false);
            this.phrase = fields(analyzed, null, true);
        }

        /** The any-word query, without words so common that they would make it match most of the index. */
        Query any() throws IOException {
            if (any == null) {
                Query q = fields(analyzed, Occur.SHOULD, false);
                any = q == null ? null : CommonWords.prune(q, reader);
            }
            return any;
        }
    }

    /** All words in one field (boosted), the phrase, or the code itself; null when the text has none of these. */
    private static Query strictMatch(Parts parts) {
        BooleanQuery.Builder match = new BooleanQuery.Builder();
        if (parts.all != null) {
            match.add(new BoostQuery(parts.all, ALL_WORDS_BOOST), Occur.SHOULD);
        }
        if (parts.phrase != null) {
            match.add(parts.phrase, Occur.SHOULD);
        }
        String code = parts.text.strip().toUpperCase(Locale.ROOT).replace(".", "");
        if (code.matches("[A-Z0-9]{3,7}")) {
            match.add(new BoostQuery(new TermQuery(new Term(SearchDocuments.CODE, code)), CODE_BOOST), Occur.SHOULD);
        }
        BooleanQuery m = match.build();
        return m.clauses().isEmpty() ? null : m;
    }

    /**
     * The strict match plus any word. Every document of the strict match is among {@code strictTop} (the fallback
     * runs only when the strict search found fewer than the limit), so the strict part is added as those hits with
     * their scores: a document scores exactly as under one query of both parts, without weighing the phrase and
     * all-words queries again.
     */
    private static Query looseMatch(Parts parts, TopDocs strictTop) throws IOException {
        Query any = parts.any();
        boolean strictHits = strictTop != null && strictTop.scoreDocs.length > 0;
        if (!strictHits || any == null) {
            return strictHits ? new ScoredDocsQuery(strictTop.scoreDocs) : any;
        }
        return new BooleanQuery.Builder().add(any, Occur.SHOULD)
                .add(new ScoredDocsQuery(strictTop.scoreDocs), Occur.SHOULD).build();
    }

    /** The match limited to the code systems asked for (none or all: unchanged). */
    private static Query restrict(Query match, Set<CodeSystem> systems) {
        if (match == null || systems.isEmpty() || systems.size() == CodeSystem.values().length) {
            return match; // a plain disjunction: Lucene's MaxScore scorer skips what cannot reach the top candidates
        }
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        systems.forEach(s -> filter.add(new TermQuery(new Term(SearchDocuments.SYSTEM, s.id())), Occur.SHOULD));
        return new BooleanQuery.Builder().add(match, Occur.MUST).add(filter.build(), Occur.FILTER).build();
    }

    /** The best of title, index paths and inclusion terms for one way of matching (all words, any word, phrase). */
    private static Query fields(OnceAnalyzed text, Occur occur, boolean phrase) {
        List<Query> per = new ArrayList<>(3);
        add(per, text.field(SearchDocuments.TITLE, occur, phrase), TITLE_BOOST);
        add(per, text.field(SearchDocuments.INDEX, occur, phrase), INDEX_BOOST);
        add(per, text.field(SearchDocuments.INCLUSION, occur, phrase), INCLUSION_BOOST);
        return per.isEmpty() ? null : new DisjunctionMaxQuery(per, 0.1f);
    }

    private static void add(List<Query> to, Query q, float boost) {
        if (q != null) {
            to.add(new BoostQuery(q, boost));
        }
    }

    /** The code systems the index holds. */
    public Set<CodeSystem> systems() {
        Set<CodeSystem> out = new LinkedHashSet<>();
        for (CodeSystem s : CodeSystem.values()) {
            try {
                if (searcher.count(new TermQuery(new Term(SearchDocuments.SYSTEM, s.id()))) > 0) {
                    out.add(s);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
