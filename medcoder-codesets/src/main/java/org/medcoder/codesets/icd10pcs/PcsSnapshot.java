package org.medcoder.codesets.icd10pcs;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.medcoder.codesets.PcsAxis;
import org.medcoder.codesets.PcsAxisValue;
import org.medcoder.codesets.PcsDefinition;
import org.medcoder.codesets.PcsDeviceAggregation;
import org.medcoder.codesets.PcsRow;
import org.medcoder.codesets.PcsTable;
import org.medcoder.codesets.ReleaseInfo;
import org.medcoder.codesets.internal.SnapshotIo;

/**
 * The binary snapshot of one ICD-10-PCS release: its description, tables, titles (one block, see
 * {@link PcsTitles}), definitions and device aggregation table. Bump {@link #FORMAT} when the layout changes.
 */
final class PcsSnapshot {

    /** Part of the cache key: a snapshot of another format is rebuilt, never misread. */
    static final String FORMAT = "pcs-1";

    private PcsSnapshot() {
    }

    static void write(TablePcsRelease r, DataOutputStream out) throws IOException {
        SnapshotIo.writeInfo(out, r.info());
        out.writeInt(r.tables().size());
        for (PcsTable t : r.tables()) {
            writeAxes(out, t.header());
            out.writeUTF(t.operationDefinition());
            out.writeInt(t.rows().size());
            for (PcsRow row : t.rows()) {
                writeAxes(out, row.axes());
            }
        }
        r.titles().write(out);
        out.writeInt(r.definitions().size());
        for (PcsDefinition d : r.definitions()) {
            out.writeChar(d.section());
            out.writeInt(d.position());
            out.writeUTF(d.axisTitle());
            SnapshotIo.writeStrings(out, d.titles());
            out.writeUTF(d.definition());
            out.writeUTF(d.explanation());
            SnapshotIo.writeStrings(out, d.includes());
        }
        out.writeInt(r.deviceAggregations().size());
        for (PcsDeviceAggregation a : r.deviceAggregations()) {
            out.writeUTF(a.device());
            out.writeUTF(a.operation());
            SnapshotIo.writeStrings(out, a.bodySystems());
            out.writeChar(a.parentCode());
            out.writeUTF(a.parent());
        }
    }

    static TablePcsRelease read(DataInputStream in) throws IOException {
        SnapshotIo io = new SnapshotIo();
        ReleaseInfo info = io.readInfo(in);
        int nt = in.readInt();
        List<PcsTable> tables = new ArrayList<>(nt);
        for (int i = 0; i < nt; i++) {
            List<PcsAxis> header = readAxes(in, io);
            String definition = io.readString(in);
            int nr = in.readInt();
            List<PcsRow> rows = new ArrayList<>(nr);
            for (int j = 0; j < nr; j++) {
                rows.add(new PcsRow(readAxes(in, io)));
            }
            tables.add(new PcsTable(header, definition, rows));
        }
        PcsTitles titles = PcsTitles.read(in);
        int nd = in.readInt();
        List<PcsDefinition> defs = new ArrayList<>(nd);
        for (int i = 0; i < nd; i++) {
            defs.add(new PcsDefinition(in.readChar(), in.readInt(), io.readString(in), io.readStrings(in),
                    io.readString(in), io.readString(in), io.readStrings(in)));
        }
        int na = in.readInt();
        List<PcsDeviceAggregation> aggs = new ArrayList<>(na);
        for (int i = 0; i < na; i++) {
            aggs.add(new PcsDeviceAggregation(io.readString(in), io.readString(in), io.readStrings(in), in.readChar(),
                    io.readString(in)));
        }
        return new TablePcsRelease(info, tables, titles, defs, aggs);
    }

    private static void writeAxes(DataOutputStream out, List<PcsAxis> axes) throws IOException {
        out.writeByte(axes.size());
        for (PcsAxis a : axes) {
            out.writeByte(a.position());
            out.writeUTF(a.title());
            out.writeShort(a.values().size());
            for (PcsAxisValue v : a.values()) {
                out.writeByte(v.code());
                out.writeUTF(v.label());
            }
        }
    }

    private static List<PcsAxis> readAxes(DataInputStream in, SnapshotIo io) throws IOException {
        int n = in.readByte();
        List<PcsAxis> axes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int pos = in.readByte();
            String title = io.readString(in);
            int nv = in.readShort();
            List<PcsAxisValue> values = new ArrayList<>(nv);
            for (int j = 0; j < nv; j++) {
                values.add(new PcsAxisValue((char) in.readByte(), io.readString(in)));
            }
            axes.add(new PcsAxis(pos, title, values));
        }
        return axes;
    }
}
