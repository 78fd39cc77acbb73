package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RequiredLiteralsTest {

    @Test
    void of_alternationOfWords_eachWord() {
        assertThat(literals("(?=[dscb])\\b(due to|secondary to|caused by|because of)\\b"))
                .containsExactlyInAnyOrder("due to", "secondary to", "caused by", "because of");
    }

    @Test
    void of_optionalPrefix_shorterWordKept() {
        assertThat(literals("(?<!electric |/)\\b(?:bicyclist|bike|(?:pedal )?cycle)\\b(?! rider)"))
                .containsExactlyInAnyOrder("bicyclist", "bike", "cycle");
    }

    @Test
    void of_productOfAlternatives_joined() {
        assertThat(literals("\\b(?:struck|hit) by\\b")).containsExactlyInAnyOrder("struck by", "hit by");
        assertThat(literals("ab?c")).containsExactlyInAnyOrder("ac", "abc");
    }

    @Test
    void of_runBrokenByClass_longestRunChosen() {
        assertThat(literals("\\bhistory\\s+of\\b")).containsExactly("history");
        assertThat(literals("x[0-9]+yz")).containsExactly("yz");
    }

    @Test
    void of_optionalOrEmptyOrFlagged_none() {
        assertThat(literals("(?:abc)?")).isEmpty();
        assertThat(literals("a*")).isEmpty();
        assertThat(literals("[a-z]+")).isEmpty();
        assertThat(literals("(?i)abc")).isEmpty();
        assertThat(RequiredLiterals.of(Pattern.compile("abc", Pattern.CASE_INSENSITIVE))).isEmpty();
        assertThat(literals("(a)\\1")).isEmpty();
        assertThat(literals("abc|")).isEmpty();
    }

    @Test
    void of_escapesAndQuantifiers_read() {
        assertThat(literals("\\(assisted\\) ")).containsExactly("(assisted) ");
        assertThat(literals("e-?bike")).containsExactlyInAnyOrder("ebike", "e-bike");
        assertThat(literals("(?:ab){2}")).containsExactly("abab");
        assertThat(literals("(?:ab)+?c")).containsExactly("ab");
        assertThat(literals("[\\]\\[]x")).containsExactly("x");
    }

    /** Pieces of medical text and regex-sensitive characters, joined at random into texts. */
    private static final List<String> PIECES = List.of("due to", "due", " ", "to", "bike", "e-bike", "electric ",
            "pedal ", "cycle", "rider", "history", "of", "  ", "\t", "(", ")", "assisted", "abab", "c", "x", "1", "yz",
            ",", "-", "/", "struck", "hit", "by", "secondary");

    private static final List<String> PATTERNS = List.of("(?=[dscb])\\b(due to|secondary to|caused by)\\b",
            "(?<!electric |/)\\b(?:bicyclist|bike|(?:pedal )?cycle)\\b(?! rider)", "\\b(?:struck|hit) by\\b",
            "\\bhistory\\s+of\\b", "x[0-9]+yz", "e-?bike", "(?:ab){2}c?", "(?:ab)+?c", "\\(assisted\\) ");

    @Test
    void mayMatch_randomTexts_neverFalseWhereTheRegexFinds() {
        qt().withExamples(3000).forAll(lists().of(arbitrary().pick(PIECES)).ofSizeBetween(0, 12))
                .checkAssert(p -> {
                    String text = String.join("", p);
                    for (String re : PATTERNS) {
                        GuardedPattern g = GuardedPattern.compile(re);
                        assertThat(g.mayMatch(text) || !g.pattern().matcher(text).find()).as(re + " on " + text)
                                .isTrue();
                    }
                });
    }

    /**
     * Every pattern the encoder keeps in a static field, on every statement of the committed evaluation sets (and the
     * statements with their abbreviations written out): no text the pattern matches lacks all its literals.
     */
    @Test
    void mayMatch_encoderPatternsOnCommittedStatements_neverFalseWhereTheRegexFinds()
            throws IOException, URISyntaxException, ReflectiveOperationException {
        List<String> texts = statements();
        List<Pattern> patterns = encoderPatterns();
        assertThat(patterns).hasSizeGreaterThan(100);
        int guarded = 0;
        for (Pattern p : patterns) {
            List<String> lits = RequiredLiterals.of(p);
            guarded += lits.isEmpty() ? 0 : 1;
            for (String t : texts) {
                boolean holds = lits.isEmpty() || lits.stream().anyMatch(t::contains);
                assertThat(holds || !p.matcher(t).find()).as(p + " " + lits + " on a statement").isTrue();
            }
        }
        assertThat(guarded).isGreaterThan(patterns.size() / 2);
    }

    private static List<String> literals(String re) {
        return RequiredLiterals.of(Pattern.compile(re));
    }

    private static List<String> statements() throws IOException, URISyntaxException {
        Path dir = Path.of(RequiredLiteralsTest.class.getResource("/encoder/statements.tsv").toURI()).getParent();
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.indexOf('\t') > 0 && !line.startsWith("#")) {
                        String s = line.substring(0, line.indexOf('\t'));
                        out.add(s);
                        out.add(Lower.of(s));
                        out.add(Abbreviations.expand(Lower.of(s)));
                    }
                }
            }
        }
        return out;
    }

    private static List<Pattern> encoderPatterns()
            throws IOException, URISyntaxException, ReflectiveOperationException {
        Path dir = Path.of(Engine.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("org/medcoder/encoder/internal");
        List<Pattern> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = f.getFileName().toString();
                Class<?> c = Class.forName("org.medcoder.encoder.internal." + name.substring(0, name.length() - 6));
                for (Field fld : c.getDeclaredFields()) {
                    if (Modifier.isStatic(fld.getModifiers()) && fld.getType() == Pattern.class) {
                        fld.setAccessible(true);
                        out.add((Pattern) fld.get(null));
                    } else if (Modifier.isStatic(fld.getModifiers()) && fld.getType() == GuardedPattern.class) {
                        fld.setAccessible(true);
                        out.add(((GuardedPattern) fld.get(null)).pattern());
                    }
                }
            }
        }
        return out;
    }
}
