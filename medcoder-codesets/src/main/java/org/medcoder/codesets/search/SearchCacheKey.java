package org.medcoder.codesets.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.medcoder.codesets.HcpcsRelease;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.PcsRelease;
import org.medcoder.codesets.ReleaseInfo;
import org.medcoder.codesets.SourceFile;

/**
 * Names an on-disk search index after exactly what it was built from (each release's version and source
 * checksums, and the document layout), and publishes a finished build atomically so a reader never opens half
 * an index.
 */
final class SearchCacheKey {

    /** Bump when the documents or analysis of the index change. */
    static final String LAYOUT = "search-5";

    private SearchCacheKey() {
    }

    static String of(Collection<IcdCmRelease> cm, Collection<PcsRelease> pcs, Collection<HcpcsRelease> hcpcs) {
        StringBuilder b = new StringBuilder(LAYOUT);
        cm.forEach(r -> describe(b, r.info()));
        pcs.forEach(r -> describe(b, r.info()));
        hcpcs.forEach(r -> describe(b, r.info()));
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static void describe(StringBuilder b, ReleaseInfo info) {
        b.append('|').append(info.system().id()).append(' ').append(info.version()).append(' ').append(info.period());
        for (SourceFile s : info.sources()) {
            b.append(' ').append(s.path()).append('=').append(s.sha256());
        }
    }

    /** Moves a finished build into place; when another process published the same index first, keeps theirs. */
    static void publish(Path built, Path target) throws IOException {
        try {
            Files.move(built, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(built, target);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            deleteTree(built);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        }
    }
}
