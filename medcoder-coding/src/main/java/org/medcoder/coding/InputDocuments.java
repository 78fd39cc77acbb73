package org.medcoder.coding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an input file to code: plain text (any extension but {@code .json}) or FHIR R4 JSON. Refuses, with a
 * message naming the file and the problem (never its content), files that are empty, binary, larger than
 * {@value #MAX_BYTES} bytes, or not UTF-8.
 */
public final class InputDocuments {

    /** Largest file accepted: a note is a few pages; anything bigger is an export or the wrong file. */
    public static final long MAX_BYTES = 2_000_000;

    private InputDocuments() {
    }

    /** The document id of a file: its name without the extension. */
    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * Reads one file.
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it
     */
    public static FhirInput read(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new IllegalArgumentException(name + ": too large to be a clinical note (" + size
                        + " bytes; limit " + MAX_BYTES + ")");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot read: " + e.getMessage(), e);
        }
        String text = decode(name, bytes);
        if (text.isBlank()) {
            throw new IllegalArgumentException(name + ": empty file, nothing to code");
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            try {
                return FhirDocuments.parse(text, idOf(file));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
            }
        }
        return new FhirInput(ClinicalDocument.ofText(idOf(file), text), Optional.empty(), Optional.empty());
    }

    /** Decodes UTF-8 strictly; NUL bytes mean a binary file. */
    static String decode(String name, byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new IllegalArgumentException(name + ": binary file (NUL byte at offset " + i + "), not text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String s = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(name + ": not UTF-8 text (convert it, e.g. iconv -f latin1 -t utf-8)");
        }
    }
}
