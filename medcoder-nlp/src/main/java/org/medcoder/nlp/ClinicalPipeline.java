package org.medcoder.nlp;

import java.util.List;

/**
 * The clinical text pipeline: sections → sentences → tokens → abbreviation expansion → context. Each stage is a
 * small final class with one job that reads the earlier stages' output and keeps offsets into the original
 * text. Stateless and thread-safe; one instance can serve every thread.
 */
public final class ClinicalPipeline {

    private final SectionDetector sections = new SectionDetector();
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final Tokenizer tokenizer = new Tokenizer();
    private final AbbreviationExpander abbreviations = new AbbreviationExpander();
    private final ContextAnnotator context = new ContextAnnotator();

    /** Runs every stage over the text. */
    public AnalyzedNote analyze(String text) {
        List<Section> secs = sections.detect(text);
        List<Sentence> sents = sentences.split(text, secs);
        List<Token> tokens = abbreviations.expand(text, tokenizer.tokenize(text, sents));
        return new AnalyzedNote(text, secs, sents, tokens, context.annotate(secs, sents, tokens));
    }
}
