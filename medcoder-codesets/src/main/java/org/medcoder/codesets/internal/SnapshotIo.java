package org.medcoder.codesets.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medcoder.codesets.ReleaseInfo;
import org.medcoder.codesets.SourceFile;
import org.medcoder.core.CodeSystem;
import org.medcoder.core.EffectivePeriod;

/**
 * Binary writing and reading helpers for snapshot payloads of the PCS and HCPCS releases: strings, string lists,
 * optional dates and {@link ReleaseInfo}. Repeated strings (axis labels, column codes) are shared on reading so a
 * snapshot costs no more heap than a parse.
 */
public final class SnapshotIo {

    private final Map<String, String> shared = new HashMap<>();

    /** A reader/writer with its own table of shared strings. */
    public SnapshotIo() {
    }

    /** Reads a string written by {@link #writeString}, sharing equal instances. */
    public String readString(DataInputStream in) throws IOException {
        String s = in.readUTF();
        String prev = shared.putIfAbsent(s, s);
        return prev != null ? prev : s;
    }

    /** Writes a string (up to 65,535 bytes of modified UTF-8; titles and labels are far shorter). */
    public static void writeString(DataOutputStream out, String s) throws IOException {
        out.writeUTF(s);
    }

    public static void writeStrings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            out.writeUTF(s);
        }
    }

    public List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(readString(in));
        }
        return List.copyOf(out);
    }

    public static void writeDate(DataOutputStream out, Optional<LocalDate> d) throws IOException {
        out.writeLong(d.map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE));
    }

    public static Optional<LocalDate> readDate(DataInputStream in) throws IOException {
        long v = in.readLong();
        return v == Long.MIN_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(v));
    }

    /** Writes what a release is: system, version, period, sources, counts and provenance. */
    public static void writeInfo(DataOutputStream out, ReleaseInfo info) throws IOException {
        out.writeUTF(info.system().id());
        out.writeUTF(info.version());
        out.writeLong(info.period().start().toEpochDay());
        out.writeLong(info.period().end().toEpochDay());
        out.writeBoolean(info.derived());
        out.writeInt(info.sources().size());
        for (SourceFile s : info.sources()) {
            out.writeUTF(s.path());
            out.writeUTF(s.sha256());
            out.writeUTF(s.role());
            out.writeUTF(s.fiscalYear());
            out.writeBoolean(s.official());
        }
        out.writeInt(info.counts().size());
        for (Map.Entry<String, Long> c : info.counts().entrySet()) {
            out.writeUTF(c.getKey());
            out.writeLong(c.getValue());
        }
        writeStrings(out, info.provenance());
    }

    public ReleaseInfo readInfo(DataInputStream in) throws IOException {
        CodeSystem system = CodeSystem.of(in.readUTF());
        String version = in.readUTF();
        EffectivePeriod period = EffectivePeriod.of(LocalDate.ofEpochDay(in.readLong()), LocalDate.ofEpochDay(in.readLong()));
        boolean derived = in.readBoolean();
        int n = in.readInt();
        List<SourceFile> sources = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sources.add(new SourceFile(in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(), in.readBoolean()));
        }
        int m = in.readInt();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < m; i++) {
            counts.put(in.readUTF(), in.readLong());
        }
        return new ReleaseInfo(system, version, period, derived, sources, counts, readStrings(in));
    }
}
