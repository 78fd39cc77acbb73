package org.medcoder.claims.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControlNumbersTest {

    @TempDir
    Path dir;

    @Test
    void next_perSender_increasesAndPersists() {
        assertThat(ControlNumbers.in(dir).next("A")).isEqualTo(1);
        assertThat(ControlNumbers.in(dir).next("A")).isEqualTo(2);
        assertThat(ControlNumbers.in(dir).next("B")).isEqualTo(1);
        // A new instance (a later run) continues where the file left off.
        assertThat(ControlNumbers.in(dir).next("A")).isEqualTo(3);
    }

    @Test
    void next_concurrentCallers_neverShareANumber() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 40; i++) {
            pool.submit(() -> seen.add(ControlNumbers.in(dir).next("SENDER")));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).hasSize(40);
        assertThat(ControlNumbers.in(dir).next("SENDER")).isEqualTo(41);
        assertThat(List.copyOf(seen)).allMatch(n -> n >= 1 && n <= 40);
    }
}
