package org.medcoder.codesets.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

class OnceAnalyzedTest {

    /** Plain words, a multi-word synonym rule, single-word synonyms, and a rule inside a longer text. */
    private static final List<String> TEXTS = List.of("fracture of neck of femur", "kidney stone", "HTN", "CHF",
            "type 2 diabetes with chronic kidney disease", "heart attack", "COPD exacerbation", "T2DM with CKD");
    private static final List<String> FIELDS = List.of(SearchDocuments.TITLE, SearchDocuments.INDEX,
            SearchDocuments.INCLUSION);

    @Test
    void field_everyFieldAndKind_sameQueryAsQueryBuilderPerField() throws IOException {
        Analyzer analyzer = ClinicalAnalyzers.query();
        QueryBuilder plain = new QueryBuilder(analyzer);
        try (Directory dir = new ByteBuffersDirectory()) {
            new IndexWriter(dir, new IndexWriterConfig()).close();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (String text : TEXTS) {
                    OnceAnalyzed once = new OnceAnalyzed(analyzer, text, searcher);
                    for (String field : FIELDS) {
                        assertThat(once.field(field, Occur.MUST, false)).as(text + " all words in " + field)
                                .isEqualTo(plain.createBooleanQuery(field, text, Occur.MUST));
                        assertThat(once.field(field, null, true)).as(text + " phrase in " + field)
                                .isEqualTo(plain.createPhraseQuery(field, text, 1));
                        assertThat(once.field(field, Occur.SHOULD, false)).as(text + " any word in " + field)
                                .isEqualTo(plain.createBooleanQuery(field, text, Occur.SHOULD));
                    }
                    assertThat(once.terms()).isEqualTo(SearchTerms.of(analyzer, text));
                }
            }
        }
    }
}
