package org.medcoder.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyFilterTest {

    @Test
    void mightContain_everyKey_andFewOthers() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            keys.add("gram " + i);
        }
        KeyFilter filter = new KeyFilter(keys);
        assertThat(keys).allMatch(filter::mightContain);
        int passed = 0;
        for (int i = 0; i < 10_000; i++) {
            passed += filter.mightContain("other " + i) ? 1 : 0;
        }
        // 16 bits per key, two per key in one word: about 2 % of absent strings pass.
        assertThat(passed).isLessThan(500);
    }

    @Test
    void mightContain_noKeys_nothing() {
        KeyFilter filter = new KeyFilter(Set.of());
        assertThat(filter.mightContain("pain")).isFalse();
        assertThat(filter.mightContain("")).isFalse();
    }
}
