package org.medcoder.codesets.internal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * One official file as found in the data folder: a plain file, a gzip-wrapped file or a member of a zip. The
 * agencies ship the same content in all three wrappings, so loaders match on {@link #name()} (the member or file
 * name without {@code .gz}) and never on the wrapping; a newer release dropped in the same layout is found by
 * its name alone.
 *
 * @param dataDir the data folder the relative path is computed against
 * @param file    the file on disk (the zip for a member)
 * @param member  the zip member name, or empty for a plain or gzip file
 */
public record OfficialFile(Path dataDir, Path file, String member) {

    public OfficialFile {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(member, "member");
    }

    /** The content's own name: the zip member's base name, or the file name without {@code .gz}. */
    public String name() {
        if (!member.isEmpty()) {
            return member.substring(member.lastIndexOf('/') + 1);
        }
        String n = file.getFileName().toString();
        return n.toLowerCase(Locale.ROOT).endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
    }

    /** The path relative to the data folder, with {@code !member} for a zip member (as findings and provenance print it). */
    public String displayPath() {
        String rel = dataDir.relativize(file).toString().replace('\\', '/');
        return member.isEmpty() ? rel : rel + "!" + member;
    }

    /** Opens the content, unwrapping gzip or zip. The caller closes the stream. */
    public InputStream open() throws IOException {
        if (!member.isEmpty()) {
            ZipFile zip = openZip(file);
            ZipEntry e = zip.getEntry(member);
            if (e == null) {
                zip.close();
                throw new IllegalArgumentException(displayPath() + ": zip member not found");
            }
            return new FilterInputStream(new BufferedInputStream(zip.getInputStream(e), 1 << 16)) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        zip.close();
                    }
                }
            };
        }
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            try {
                return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
            } catch (ZipException e) {
                in.close();
                throw new IllegalArgumentException(displayPath() + ": not a gzip file (" + e.getMessage() + ")");
            }
        }
        return in;
    }

    /** The hex SHA-256 of the file on disk (the whole zip or gzip file, as published). */
    public String sha256() {
        return SnapshotCache.sha256(file);
    }

    /**
     * Every official file under {@code dataDir/subfolder} (two levels deep), zip members listed one by one, in a
     * stable order. A file named {@code .zip} that is not a zip is a clear error naming it.
     *
     * @return the files found; empty when the subfolder does not exist
     */
    public static List<OfficialFile> scan(Path dataDir, String subfolder) {
        Path dir = dataDir.resolve(subfolder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<OfficialFile> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir, 3)) {
            for (Path f : files.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
                if (f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                    out.addAll(members(dataDir, f));
                } else {
                    out.add(new OfficialFile(dataDir, f, ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    private static List<OfficialFile> members(Path dataDir, Path zipFile) throws IOException {
        List<OfficialFile> out = new ArrayList<>();
        try (ZipFile zip = openZip(zipFile)) {
            zip.stream().filter(e -> !e.isDirectory())
                    .forEach(e -> out.add(new OfficialFile(dataDir, zipFile, e.getName())));
        }
        return out;
    }

    private static ZipFile openZip(Path f) throws IOException {
        try {
            return new ZipFile(f.toFile());
        } catch (ZipException e) {
            throw new IllegalArgumentException(f + ": not a zip file (" + e.getMessage() + ")");
        }
    }
}
