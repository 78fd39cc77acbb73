package org.medcoder.codesets.hcpcs;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medcoder.codesets.HcpcsEntry;
import org.medcoder.codesets.HcpcsModifier;
import org.medcoder.codesets.HcpcsRelease;
import org.medcoder.codesets.ReleaseInfo;
import org.medcoder.codesets.internal.SnapshotIo;
import org.medcoder.core.HcpcsCode;

/** The binary snapshot of one HCPCS Level II release. Bump {@link #FORMAT} when the layout changes. */
final class HcpcsSnapshot {

    /** Part of the cache key: a snapshot of another format is rebuilt, never misread. */
    static final String FORMAT = "hcpcs-1";

    private HcpcsSnapshot() {
    }

    static void write(HcpcsRelease r, DataOutputStream out) throws IOException {
        SnapshotIo.writeInfo(out, r.info());
        out.writeInt(r.entries().size());
        for (HcpcsEntry e : r.entries()) {
            writeEntry(out, e);
        }
        out.writeInt(r.modifiers().size());
        for (HcpcsModifier m : r.modifiers()) {
            out.writeUTF(m.code());
            out.writeUTF(m.longDescription());
            out.writeUTF(m.shortDescription());
            out.writeUTF(m.coverage());
            SnapshotIo.writeDate(out, m.added());
            SnapshotIo.writeDate(out, m.actionEffective());
            SnapshotIo.writeDate(out, m.terminated());
            out.writeUTF(m.actionCode());
        }
    }

    private static void writeEntry(DataOutputStream out, HcpcsEntry e) throws IOException {
        out.writeUTF(e.code().value());
        out.writeUTF(e.longDescription());
        out.writeUTF(e.shortDescription());
        SnapshotIo.writeStrings(out, e.pricingIndicators());
        out.writeUTF(e.multiplePricingIndicator());
        SnapshotIo.writeStrings(out, e.coverageIssuesManualRefs());
        SnapshotIo.writeStrings(out, e.carriersManualRefs());
        out.writeUTF(e.statute());
        SnapshotIo.writeStrings(out, e.labCertifications());
        SnapshotIo.writeStrings(out, e.crossReferences());
        out.writeUTF(e.coverage());
        out.writeUTF(e.ascPaymentGroup());
        SnapshotIo.writeDate(out, e.ascEffective());
        out.writeUTF(e.processingNote());
        out.writeUTF(e.betos());
        SnapshotIo.writeStrings(out, e.typesOfService());
        out.writeInt(e.anesthesiaBaseUnits().orElse(-1));
        SnapshotIo.writeDate(out, e.added());
        SnapshotIo.writeDate(out, e.actionEffective());
        SnapshotIo.writeDate(out, e.terminated());
        out.writeUTF(e.actionCode());
    }

    static HcpcsRelease read(DataInputStream in) throws IOException {
        SnapshotIo io = new SnapshotIo();
        ReleaseInfo info = io.readInfo(in);
        int n = in.readInt();
        List<HcpcsEntry> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            entries.add(readEntry(in, io));
        }
        int m = in.readInt();
        List<HcpcsModifier> modifiers = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            modifiers.add(new HcpcsModifier(in.readUTF(), in.readUTF(), in.readUTF(), io.readString(in),
                    SnapshotIo.readDate(in), SnapshotIo.readDate(in), SnapshotIo.readDate(in), io.readString(in)));
        }
        return new ListedHcpcsRelease(info, entries, modifiers);
    }

    private static HcpcsEntry readEntry(DataInputStream in, SnapshotIo io) throws IOException {
        HcpcsCode code = new HcpcsCode(in.readUTF());
        String longDescription = in.readUTF();
        String shortDescription = in.readUTF();
        List<String> pricing = io.readStrings(in);
        String multiple = io.readString(in);
        List<String> cim = io.readStrings(in);
        List<String> mcm = io.readStrings(in);
        String statute = io.readString(in);
        List<String> lab = io.readStrings(in);
        List<String> xref = io.readStrings(in);
        String coverage = io.readString(in);
        String asc = io.readString(in);
        var ascEffective = SnapshotIo.readDate(in);
        String note = io.readString(in);
        String betos = io.readString(in);
        List<String> tos = io.readStrings(in);
        int units = in.readInt();
        return new HcpcsEntry(code, longDescription, shortDescription, pricing, multiple, cim, mcm, statute, lab, xref,
                coverage, asc, ascEffective, note, betos, tos, units < 0 ? Optional.empty() : Optional.of(units),
                SnapshotIo.readDate(in), SnapshotIo.readDate(in), SnapshotIo.readDate(in), io.readString(in));
    }
}
