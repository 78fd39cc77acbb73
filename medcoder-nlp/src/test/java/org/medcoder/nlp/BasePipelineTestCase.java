package org.medcoder.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Locale;
import java.util.Random;
import org.medcoder.core.TextSpan;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The shared base of pipeline stage tests (after Lucene's BaseTokenStreamTestCase): checks that every output of
 * every stage points inside the original text, in order, with the right characters, and runs the whole pipeline
 * over random clinical-looking text generated from a seed.
 */
abstract class BasePipelineTestCase {

    private static final String[] WORDS = {"denies", "chest", "pain", "no", "evidence", "of", "pneumonia", "HTN",
            "history", "mother", "had", "probable", "r/o", "s/p", "CHF", "Plan:", "Assessment:", "Family History:",
            "but", ";", ",", ".", "\n", "\r\n", "  ", "é", "Dr.", "3.5", "mg", "(", ")", "?", "\t", "ñ", "x", ":"};

    static final ClinicalPipeline PIPELINE = new ClinicalPipeline();

    /** Checks every annotation of an analyzed note against its text. */
    static void assertConsistent(AnalyzedNote note) {
        String text = note.text();
        int last = 0;
        for (Section s : note.sections()) {
            assertThat(s.span().start()).isEqualTo(last);
            assertThat(s.heading().start()).isGreaterThanOrEqualTo(s.span().start());
            assertThat(s.heading().end()).isLessThanOrEqualTo(s.span().end());
            last = s.span().end();
        }
        assertThat(last).isEqualTo(text.length());
        TextSpan previous = TextSpan.of(0, 0);
        for (Sentence s : note.sentences()) {
            assertInside(s.span(), text);
            assertThat(s.span().start()).isGreaterThanOrEqualTo(previous.end());
            assertThat(s.span().length()).isPositive();
            assertThat(Character.isWhitespace(text.charAt(s.span().start()))).isFalse();
            previous = s.span();
        }
        int lastStart = 0;
        for (Token t : note.tokens()) {
            assertInside(t.span(), text);
            assertThat(t.span().start()).isGreaterThanOrEqualTo(lastStart);
            TextSpan sentence = note.sentences().get(t.sentence()).span();
            assertThat(t.span().start()).isGreaterThanOrEqualTo(sentence.start());
            assertThat(t.span().end()).isLessThanOrEqualTo(sentence.end());
            if (!t.expanded()) {
                assertThat(t.term()).isEqualTo(t.span().in(text).toLowerCase(Locale.ROOT));
            }
            lastStart = t.span().start();
        }
        for (ContextScope s : note.scopes()) {
            assertInside(s.cue(), text);
            assertThat(s.to()).isLessThanOrEqualTo(note.tokens().size());
        }
    }

    private static void assertInside(TextSpan span, String text) {
        assertThat(span.start()).isBetween(0, text.length());
        assertThat(span.end()).isBetween(span.start(), text.length());
    }

    /** Random text of clinical words, separators and odd characters, from a seed. */
    static String randomText(long seed) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(200);
        for (int i = 0; i < n; i++) {
            b.append(WORDS[r.nextInt(WORDS.length)]);
            if (r.nextBoolean()) {
                b.append(' ');
            }
        }
        return b.toString();
    }

    static Gen<Long> seeds() {
        return SourceDSL.longs().all();
    }

    static void forRandomTexts(java.util.function.Consumer<String> check) {
        qt().withExamples(300).forAll(seeds()).checkAssert(seed -> check.accept(randomText(seed)));
    }
}
