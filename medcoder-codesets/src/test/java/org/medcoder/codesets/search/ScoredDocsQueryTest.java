package org.medcoder.codesets.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScoredDocsQueryTest {

    private static Directory dir;
    private static DirectoryReader reader;
    private static IndexSearcher searcher;

    /** Eight documents in two segments (ids 0-3 and 4-7), so per-segment document bases are exercised. */
    @BeforeAll
    static void index() throws IOException {
        dir = new ByteBuffersDirectory();
        String[] texts = {"kidney stone", "stone", "kidney", "ureter", "kidney cyst", "bladder stone", "kidney", "liver"};
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < texts.length; i++) {
                Document d = new Document();
                d.add(new TextField("f", texts[i], Field.Store.NO));
                w.addDocument(d);
                if (i == 3) {
                    w.commit();
                }
            }
        }
        reader = DirectoryReader.open(dir);
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        dir.close();
    }

    private static Map<Integer, Float> hits(Query q) throws IOException {
        Map<Integer, Float> out = new TreeMap<>();
        for (ScoreDoc sd : searcher.search(q, 100).scoreDocs) {
            out.put(sd.doc, sd.score);
        }
        return out;
    }

    private static ScoreDoc[] given() {
        return new ScoreDoc[] {new ScoreDoc(6, 4f), new ScoreDoc(1, 2.5f), new ScoreDoc(3, 1f), new ScoreDoc(5, 0.5f)};
    }

    @Test
    void search_givenHits_matchesExactlyThemWithTheirScores() throws IOException {
        assertThat(reader.leaves()).hasSize(2);
        assertThat(hits(new ScoredDocsQuery(given()))).containsExactlyInAnyOrderEntriesOf(Map.of(1, 2.5f, 3, 1f, 5, 0.5f, 6, 4f));
    }

    @Test
    void search_besideAnotherClause_scoresAddUp() throws IOException {
        Query kidney = new TermQuery(new Term("f", "kidney"));
        Map<Integer, Float> alone = hits(kidney);
        Map<Integer, Float> both = hits(new BooleanQuery.Builder().add(kidney, Occur.SHOULD)
                .add(new ScoredDocsQuery(given()), Occur.SHOULD).build());
        assertThat(both.keySet()).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(both.get(6)).isCloseTo(alone.get(6) + 4f, org.assertj.core.data.Offset.offset(1e-5f));
        assertThat(both.get(0)).isEqualTo(alone.get(0));
        assertThat(both.get(1)).isEqualTo(2.5f);
    }

    @Test
    void search_inAConjunction_advancesToCommonDocuments() throws IOException {
        Query q = new BooleanQuery.Builder().add(new TermQuery(new Term("f", "stone")), Occur.MUST)
                .add(new ScoredDocsQuery(given()), Occur.FILTER).build();
        TopDocs top = searcher.search(q, 10);
        assertThat(Arrays.stream(top.scoreDocs).mapToInt(sd -> sd.doc)).containsExactlyInAnyOrder(1, 5);
    }

    @Test
    void new_documentTwice_rejected() {
        assertThatThrownBy(() -> new ScoredDocsQuery(new ScoreDoc[] {new ScoreDoc(2, 1f), new ScoreDoc(2, 3f)}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2");
    }
}
