package org.medcoder.codesets.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Opens an official file the way the agencies ship it: plain, gzip-wrapped, or as a member of a zip. The kind
 * is told from the file's first bytes, not its name, so a renamed file still opens and a file named
 * {@code .zip} that is not a zip gets a clear error.
 */
public final class SourceStreams {

    private SourceStreams() {
    }

    /** How a file is wrapped. */
    public enum Wrapping { PLAIN, GZIP, ZIP }

    /** The wrapping of {@code file}, from its magic bytes. */
    public static Wrapping wrappingOf(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                return Wrapping.ZIP;
            }
            if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
                return Wrapping.GZIP;
            }
            return Wrapping.PLAIN;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The names of a zip's members (without folders); fails naming the file when it is not a readable zip. */
    public static List<String> zipMembers(Path zip, String displayName) {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            List<String> names = new ArrayList<>();
            z.stream().filter(e -> !e.isDirectory()).forEach(e -> names.add(e.getName()));
            return names;
        } catch (ZipException e) {
            throw MalformedSourceException.atLine(displayName, 0, "not a readable zip file (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + displayName, e);
        }
    }

    /**
     * The bytes of {@code file}: unwrapped when gzip, the first member whose base name matches {@code member}
     * when zip (the whole file when plain). {@code displayName} names the file in errors.
     */
    public static InputStream open(Path file, Pattern member, String displayName) throws IOException {
        Wrapping w = wrappingOf(file);
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        switch (w) {
            case GZIP:
                return new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
            case ZIP:
                ZipInputStream zin = new ZipInputStream(raw);
                for (ZipEntry e; (e = nextEntry(zin, displayName)) != null; ) {
                    if (!e.isDirectory() && member.matcher(baseName(e.getName())).matches()) {
                        return new BufferedInputStream(zin, 1 << 16);
                    }
                }
                zin.close();
                throw MalformedSourceException.atLine(displayName, 0, "the zip has no member matching " + member.pattern());
            default:
                if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
                    raw.close();
                    throw MalformedSourceException.atLine(displayName, 0, "not a zip file (named .zip, no zip signature)");
                }
                return raw;
        }
    }

    private static ZipEntry nextEntry(ZipInputStream zin, String displayName) throws IOException {
        try {
            return zin.getNextEntry();
        } catch (ZipException e) {
            throw MalformedSourceException.atLine(displayName, 0, "not a readable zip file (" + e.getMessage() + ")");
        }
    }

    /** The last path segment of a zip member name. */
    public static String baseName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return slash < 0 ? name : name.substring(slash + 1);
    }
}
