package org.medcoder.codesets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {

    @Test
    void get_calledTwice_loadsOnce() {
        AtomicInteger loads = new AtomicInteger();
        Lazy<String> lazy = new Lazy<>(() -> "v" + loads.incrementAndGet());
        assertThat(lazy.isLoaded()).isFalse();
        assertThat(lazy.get()).isEqualTo("v1");
        assertThat(lazy.get()).isEqualTo("v1");
        assertThat(lazy.isLoaded()).isTrue();
        assertThat(loads).hasValue(1);
    }

    @Test
    void get_loaderFails_failsAgainOnNextCall() {
        AtomicInteger loads = new AtomicInteger();
        Lazy<String> lazy = new Lazy<>(() -> {
            loads.incrementAndGet();
            throw new IllegalArgumentException("broken.xml:3: cut off");
        });
        assertThatThrownBy(lazy::get).hasMessage("broken.xml:3: cut off");
        assertThatThrownBy(lazy::get).hasMessage("broken.xml:3: cut off");
        assertThat(loads).hasValue(2);
        assertThat(lazy.isLoaded()).isFalse();
    }
}
