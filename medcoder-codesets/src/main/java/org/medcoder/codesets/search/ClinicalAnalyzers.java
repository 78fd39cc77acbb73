package org.medcoder.codesets.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The two analysis chains of code search. Indexed text (titles, inclusion terms, index paths, descriptions):
 * standard tokenizer, lower case, ASCII folding, Porter stemming. Queries: the same, then the clinical synonym
 * graph ({@code clinical-synonyms.txt}) so an abbreviation or lay term also finds the classification's words.
 * Synonyms apply at query time only, which keeps the index small and lets the list change without re-indexing.
 */
final class ClinicalAnalyzers {

    static final String SYNONYMS = "clinical-synonyms.txt";

    private ClinicalAnalyzers() {
    }

    /** The analyzer for indexed text. */
    static Analyzer index() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, stem(source));
            }
        };
    }

    /** The analyzer for queries: indexed-text analysis followed by the clinical synonym graph. */
    static Analyzer query() {
        SynonymMap synonyms = synonyms();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new SynonymGraphFilter(stem(source), synonyms, true));
            }
        };
    }

    private static TokenStream stem(TokenStream in) {
        return new PorterStemFilter(new ASCIIFoldingFilter(new LowerCaseFilter(in)));
    }

    /** Parses the synonym list through the index analyzer, so rules match stemmed query tokens. */
    static SynonymMap synonyms() {
        try (InputStream in = ClinicalAnalyzers.class.getResourceAsStream(SYNONYMS);
             Analyzer analyzer = index()) {
            if (in == null) {
                throw new IllegalStateException("search synonym list " + SYNONYMS + " missing from the class path");
            }
            SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
            parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("search synonym list " + SYNONYMS + " line " + e.getErrorOffset()
                    + ": " + e.getMessage(), e);
        }
    }
}
