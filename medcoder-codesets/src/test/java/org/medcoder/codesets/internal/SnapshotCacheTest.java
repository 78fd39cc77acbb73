package org.medcoder.codesets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medcoder.core.Finding;

class SnapshotCacheTest {

    private static final SnapshotCache.Codec<String> TEXT = new SnapshotCache.Codec<>() {
        @Override
        public void write(String value, DataOutputStream out) throws IOException {
            out.writeUTF(value);
        }

        @Override
        public String read(DataInputStream in) throws IOException {
            return in.readUTF();
        }
    };

    @TempDir
    Path dir;

    @Test
    void load_sameKeyTwice_buildsOnce() {
        SnapshotCache cache = new SnapshotCache(dir);
        AtomicInteger builds = new AtomicInteger();
        List<Finding> warnings = new ArrayList<>();
        String first = cache.load("codes", "k1", TEXT, () -> "v" + builds.incrementAndGet(), warnings::add);
        String second = new SnapshotCache(dir).load("codes", "k1", TEXT, () -> "v" + builds.incrementAndGet(), warnings::add);
        assertThat(first).isEqualTo("v1");
        assertThat(second).isEqualTo("v1");
        assertThat(builds).hasValue(1);
        assertThat(warnings).isEmpty();
    }

    @Test
    void head_currentKey_readsPayloadStartOnly_otherKeyOrMissingEmpty() {
        SnapshotCache cache = new SnapshotCache(dir);
        cache.load("codes", "k1", TEXT, () -> "payload", f -> { });
        SnapshotCache.HeadReader<String> text = in -> in.readUTF();
        assertThat(cache.head("codes", "k1", text)).contains("payload");
        assertThat(cache.head("codes", "k2", text)).isEmpty();
        assertThat(cache.head("other", "k1", text)).isEmpty();
    }

    @Test
    void head_readerFails_empty() {
        SnapshotCache cache = new SnapshotCache(dir);
        cache.load("codes", "k1", TEXT, () -> "payload", f -> { });
        assertThat(cache.head("codes", "k1", in -> {
            in.readUTF();
            return in.readLong(); // past the end of the payload and trailer
        })).isEmpty();
    }

    @Test
    void load_keyChanged_rebuilds() {
        SnapshotCache cache = new SnapshotCache(dir);
        cache.load("codes", "k1", TEXT, () -> "old", f -> { });
        assertThat(cache.load("codes", "k2", TEXT, () -> "new", f -> { })).isEqualTo("new");
        assertThat(cache.load("codes", "k2", TEXT, () -> "unused", f -> { })).isEqualTo("new");
    }

    @Test
    void load_buildFailsWithLastGood_returnsLastGoodAndWarnsWithFileAndLine() {
        SnapshotCache cache = new SnapshotCache(dir);
        cache.load("codes", "k1", TEXT, () -> "good", f -> { });
        List<Finding> warnings = new ArrayList<>();
        String value = cache.load("codes", "k2", TEXT, () -> {
            throw MalformedSourceException.atLine("order.txt", 7, "short line");
        }, warnings::add);
        assertThat(value).isEqualTo("good");
        assertThat(warnings).singleElement().satisfies(f -> {
            assertThat(f.location().source()).isEqualTo("order.txt");
            assertThat(f.location().line()).isEqualTo(7);
            assertThat(f.message()).contains("short line").contains("last good snapshot");
        });
        // the failed build replaced nothing: the next good build still sees only the old key
        assertThat(cache.load("codes", "k1", TEXT, () -> "unused", f -> { })).isEqualTo("good");
    }

    @Test
    void load_buildFailsWithoutSnapshot_propagates() {
        SnapshotCache cache = new SnapshotCache(dir);
        assertThatThrownBy(() -> cache.load("codes", "k1", TEXT, () -> {
            throw MalformedSourceException.atLine("order.txt", 3, "short line");
        }, f -> { })).isInstanceOf(MalformedSourceException.class).hasMessageContaining("order.txt:3");
    }

    @Test
    void load_corruptSnapshot_rebuilds() throws IOException {
        SnapshotCache cache = new SnapshotCache(dir);
        cache.load("codes", "k1", TEXT, () -> "good", f -> { });
        Files.writeString(dir.resolve("codes.snap"), "garbage", StandardCharsets.UTF_8);
        assertThat(cache.load("codes", "k1", TEXT, () -> "rebuilt", f -> { })).isEqualTo("rebuilt");
    }

    @Test
    void load_leavesNoTempFiles() throws IOException {
        new SnapshotCache(dir).load("codes", "k1", TEXT, () -> "v", f -> { });
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("codes.snap");
        }
    }

    @Test
    void sha256_knownContent_matchesStandardDigest() throws IOException {
        Path f = dir.resolve("abc.txt");
        Files.writeString(f, "abc", StandardCharsets.US_ASCII);
        assertThat(SnapshotCache.sha256(f)).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
