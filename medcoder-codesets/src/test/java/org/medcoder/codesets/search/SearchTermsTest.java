package org.medcoder.codesets.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    private static final Set<String> QUERY = Set.of("infarct", "myocardium", "a", "b", "of");
    private static final Set<String> ORIGINAL = Set.of("infarct", "b");

    @Test
    void levelCoverage_everyLevelNamed_one() {
        assertThat(SearchTerms.levelCoverage("infarct infarction, infarct|myocardium, myocardial", QUERY)).isEqualTo(1.0);
        assertThat(SearchTerms.levelCoverage("infarct|myocardium|old", QUERY)).isEqualTo(2.0 / 3);
    }

    @Test
    void coverage_neutralWordsIgnored() {
        assertThat(SearchTerms.coverage("infarct of myocardium", QUERY)).isEqualTo(1.0);
        assertThat(SearchTerms.coverage("infarct old", QUERY)).isEqualTo(0.5);
        assertThat(SearchTerms.coverage("of", QUERY)).isZero();
    }

    /** The hand-written scanners give what the split-based versions they replaced gave, on any input. */
    @Test
    void scanners_anyText_sameAsSplitVersions() {
        qt().withExamples(3000).forAll(strings().betweenCodePoints('a', 'g').ofLengthBetween(0, 30)).checkAssert(raw -> {
            StringBuilder b = new StringBuilder();
            for (char ch : raw.toCharArray()) {
                b.append(switch (ch) {
                    case 'a' -> "a";
                    case 'b' -> "b";
                    case 'c' -> " ";
                    case 'd' -> ",";
                    case 'e' -> "|";
                    case 'f' -> "of";
                    default -> "old";
                });
            }
            String s = b.toString();
            assertThat(SearchTerms.coverage(s, QUERY)).isEqualTo(splitCoverage(s, QUERY));
            assertThat(SearchTerms.overlap(s, ORIGINAL, QUERY)).isEqualTo(splitOverlap(s, ORIGINAL, QUERY));
            if (!s.isEmpty() && !s.chars().allMatch(ch -> ch == '|')) {
                assertThat(SearchTerms.levelCoverage(s, QUERY)).isEqualTo(splitLevelCoverage(s, QUERY));
            }
        });
    }

    private static final Set<String> NEUTRAL = Set.of("unspecifi", "no", "nos", "of", "and", "the", "or", "in", "a", "s");

    private static double splitCoverage(String s, Set<String> q) {
        int total = 0;
        int hit = 0;
        for (String t : s.split(" ")) {
            if (t.isEmpty() || NEUTRAL.contains(t)) {
                continue;
            }
            total++;
            hit += q.contains(t) ? 1 : 0;
        }
        return total == 0 ? 0 : (double) hit / total;
    }

    private static double splitLevelCoverage(String s, Set<String> q) {
        String[] levels = s.split("\\|");
        int named = 0;
        for (String level : levels) {
            for (String form : level.split(",")) {
                if (splitCoverage(form, q) == 1.0) {
                    named++;
                    break;
                }
            }
        }
        return (double) named / levels.length;
    }

    private static int splitOverlap(String s, Set<String> original, Set<String> expanded) {
        int o = 0;
        int e = 0;
        for (String t : s.split("[ |,]")) {
            o += original.contains(t) ? 1 : 0;
            e += expanded.contains(t) ? 1 : 0;
        }
        return o * 100 + e;
    }
}
