package org.medcoder.codesets.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

class CommonWordsTest {

    /** 20 titles, all with "of", one with "cellulitis", two with "leg". */
    private static DirectoryReader index() throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(ClinicalAnalyzers.index()))) {
            for (int i = 0; i < 20; i++) {
                String title = (i == 0 ? "cellulitis" : "disorder") + " of " + (i < 2 ? "leg" : "arm") + " " + i;
                Document d = new Document();
                d.add(new TextField(SearchDocuments.TITLE, title, Field.Store.NO));
                w.addDocument(d);
            }
        }
        return DirectoryReader.open(dir);
    }

    private static Query any(String text) {
        Query q = new QueryBuilder(ClinicalAnalyzers.index()).createBooleanQuery(SearchDocuments.TITLE, text, Occur.SHOULD);
        return new DisjunctionMaxQuery(java.util.List.of(new BoostQuery(q, 3f)), 0.1f);
    }

    @Test
    void prune_commonWordBesideRareOnes_dropped() throws IOException {
        try (DirectoryReader r = index()) {
            String pruned = CommonWords.prune(any("cellulitis of leg"), r).toString();
            assertThat(pruned).contains("title:cellul").contains("title:leg").doesNotContain("title:of");
        }
    }

    @Test
    void prune_onlyCommonOrUnknownWords_kept() throws IOException {
        try (DirectoryReader r = index()) {
            Query onlyCommon = any("of");
            assertThat(CommonWords.prune(onlyCommon, r)).isSameAs(onlyCommon);
            Query commonAndUnknown = any("of xyzzy");
            assertThat(CommonWords.prune(commonAndUnknown, r)).isSameAs(commonAndUnknown);
        }
    }

    @Test
    void prune_noCommonWord_sameQuery() throws IOException {
        try (DirectoryReader r = index()) {
            Query q = any("cellulitis leg");
            assertThat(CommonWords.prune(q, r)).isSameAs(q);
        }
    }
}
