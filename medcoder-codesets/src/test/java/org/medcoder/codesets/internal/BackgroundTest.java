package org.medcoder.codesets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackgroundTest {

    @Test
    void result_askedManyTimes_taskRunsOnce() {
        AtomicInteger runs = new AtomicInteger();
        Background<String> b = Background.start("test-once", () -> "done " + runs.incrementAndGet());

        assertThat(b.result()).isEqualTo("done 1");
        assertThat(b.result()).isEqualTo("done 1");
        assertThat(runs).hasValue(1);
    }

    @Test
    void result_taskRunningOnItsThread_waitsForIt() throws InterruptedException {
        CountDownLatch begun = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Background<String> b = Background.start("test-wait", () -> {
            begun.countDown();
            release.await();
            return Thread.currentThread().getName();
        });
        begun.await();
        release.countDown();

        assertThat(b.result()).isEqualTo("test-wait");
    }

    @Test
    void result_taskThrewUnchecked_sameExceptionHere() {
        IllegalStateException thrown = new IllegalStateException("broken file x.xml line 3");
        Background<String> b = Background.start("test-unchecked", () -> {
            throw thrown;
        });

        assertThatThrownBy(b::result).isSameAs(thrown);
    }

    @Test
    void result_taskThrewChecked_wrappedWithItAsCause() {
        Background<String> b = Background.start("test-checked", () -> {
            throw new IOException("cannot read y.pdf");
        });

        assertThatThrownBy(b::result).isInstanceOf(IllegalStateException.class).hasCauseInstanceOf(IOException.class)
                .hasMessageContaining("cannot read y.pdf");
    }
}
