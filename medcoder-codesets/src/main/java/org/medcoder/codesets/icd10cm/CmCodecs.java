package org.medcoder.codesets.icd10cm;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medcoder.codesets.Block;
import org.medcoder.codesets.Chapter;
import org.medcoder.codesets.CodeRange;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IndexTerm;
import org.medcoder.codesets.NoteKind;
import org.medcoder.codesets.SeventhCharacter;
import org.medcoder.codesets.TabularNote;
import org.medcoder.codesets.internal.SnapshotBlock;
import org.medcoder.codesets.internal.SnapshotCache.Codec;
import org.medcoder.core.IcdCmCode;

/**
 * Binary snapshot formats of the parsed ICD-10-CM sources (order file, Tabular XML, index XML), written with
 * {@link DataOutputStream}. Bump {@link #FORMAT} whenever a layout here changes: it is part of every snapshot
 * key, so old snapshots are rebuilt instead of misread.
 */
final class CmCodecs {

    /** The snapshot format version of this class; part of the snapshot key. */
    static final String FORMAT = "icd10cm-snapshot-7";

    private CmCodecs() {
    }

    /** The code list as a {@link CodeList} block, indexed on reading and decoded row by row on use. */
    static final Codec<List<IcdCmEntry>> ENTRIES = new Codec<>() {
        @Override
        public void write(List<IcdCmEntry> list, DataOutputStream out) throws IOException {
            CodeList.of(list).write(out);
        }

        @Override
        public List<IcdCmEntry> read(DataInputStream in) throws IOException {
            return CodeList.read(in);
        }
    };

    static final Codec<TabularData> TABULAR = new Codec<>() {
        @Override
        public void write(TabularData t, DataOutputStream out) throws IOException {
            SnapshotBlock.Writer w = new SnapshotBlock.Writer().writeInt(t.fiscalYear()).writeString(t.source());
            w.writeInt(t.chapters().size());
            for (TabularData.ChapterNotes c : t.chapters()) {
                w.writeInt(c.chapter().number()).writeString(c.chapter().title());
                range(c.chapter().range(), w);
                notes(c.notes(), w);
            }
            w.writeInt(t.blocks().size());
            for (TabularData.BlockNotes b : t.blocks()) {
                w.writeString(b.block().id()).writeString(b.block().title());
                range(b.block().range(), w);
                w.writeInt(b.chapter());
                notes(b.notes(), w);
            }
            w.writeInt(t.notesByCode().size());
            for (Map.Entry<String, List<TabularNote>> e : t.notesByCode().entrySet()) {
                w.writeString(e.getKey());
                notes(e.getValue(), w);
            }
            w.writeInt(t.seventhByCode().size());
            for (Map.Entry<String, List<SeventhCharacter>> e : t.seventhByCode().entrySet()) {
                w.writeString(e.getKey()).writeInt(e.getValue().size());
                for (SeventhCharacter s : e.getValue()) {
                    w.writeChar(s.character()).writeString(s.meaning());
                }
            }
            w.writeTo(out);
            // The codes go in a block of their own, decoded only when asked for (see LazyCodeSet).
            SnapshotBlock.Writer codes = new SnapshotBlock.Writer().writeInt(t.codes().size());
            for (String c : t.codes()) {
                codes.writeString(c);
            }
            codes.writeTo(out);
        }

        @Override
        public TabularData read(DataInputStream in) throws IOException {
            SnapshotBlock.Reader r = SnapshotBlock.Reader.of(in);
            int fy = r.readInt();
            String source = r.readString();
            int n = r.readInt();
            List<TabularData.ChapterNotes> chapters = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Chapter c = new Chapter(r.readInt(), r.readString(), range(r));
                chapters.add(new TabularData.ChapterNotes(c, notes(r, source)));
            }
            n = r.readInt();
            List<TabularData.BlockNotes> blocks = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Block b = new Block(r.readString(), r.readString(), range(r));
                blocks.add(new TabularData.BlockNotes(b, r.readInt(), notes(r, source)));
            }
            n = r.readInt();
            Map<String, List<TabularNote>> notes = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                notes.put(r.readString(), notes(r, source));
            }
            Map<String, List<SeventhCharacter>> seventh = seventh(r);
            end(r, source);
            return new TabularData(fy, source, chapters, blocks, notes, seventh, new LazyCodeSet(SnapshotBlock.Reader.bytes(in)));
        }
    };

    private static Map<String, List<SeventhCharacter>> seventh(SnapshotBlock.Reader r) {
        int n = r.readInt();
        Map<String, List<SeventhCharacter>> seventh = new HashMap<>(n * 2);
        Map<String, String> meanings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String code = r.readString();
            int m = r.readInt();
            SeventhCharacter[] list = new SeventhCharacter[m];
            for (int j = 0; j < m; j++) {
                char ch = r.readChar();
                list[j] = new SeventhCharacter(ch, meanings.computeIfAbsent(r.readString(), k -> k));
            }
            seventh.put(code, List.of(list));
        }
        return seventh;
    }

    /** The value read, after checking the block was read to its end (writer and reader agree). */
    private static <T> T end(SnapshotBlock.Reader r, T value) throws IOException {
        if (!r.atEnd()) {
            throw new IOException("snapshot block not read to its end");
        }
        return value;
    }

    private static void range(CodeRange r, SnapshotBlock.Writer w) throws IOException {
        w.writeString(r.first().value()).writeString(r.last().value());
    }

    private static CodeRange range(SnapshotBlock.Reader r) {
        return new CodeRange(new IcdCmCode(r.readString()), new IcdCmCode(r.readString()));
    }

    private static void notes(List<TabularNote> notes, SnapshotBlock.Writer w) throws IOException {
        w.writeInt(notes.size());
        for (TabularNote n : notes) {
            w.writeByte(n.kind().ordinal()).writeString(n.text()).writeByte(n.references().size());
            for (CodeRange r : n.references()) {
                range(r, w);
            }
        }
    }

    /** Notes of one file all share its source string. */
    private static List<TabularNote> notes(SnapshotBlock.Reader r, String source) {
        int n = r.readInt();
        TabularNote[] list = new TabularNote[n];
        NoteKind[] kinds = NoteKind.values();
        for (int i = 0; i < n; i++) {
            NoteKind kind = kinds[r.readUnsignedByte()];
            String text = r.readString();
            int refs = r.readUnsignedByte();
            CodeRange[] rs = new CodeRange[refs];
            for (int j = 0; j < refs; j++) {
                rs[j] = range(r);
            }
            list[i] = new TabularNote(kind, text, List.of(rs), source);
        }
        return List.of(list);
    }

    /** The counts and provenance lines of an assembled release. */
    record Described(Map<String, Long> counts, List<String> provenance) {
    }

    static final Codec<Described> DESCRIBED = new Codec<>() {
        @Override
        public void write(Described d, DataOutputStream out) throws IOException {
            out.writeInt(d.counts().size());
            for (Map.Entry<String, Long> e : d.counts().entrySet()) {
                out.writeUTF(e.getKey());
                out.writeLong(e.getValue());
            }
            out.writeInt(d.provenance().size());
            for (String p : d.provenance()) {
                out.writeUTF(p);
            }
        }

        @Override
        public Described read(DataInputStream in) throws IOException {
            int n = in.readInt();
            Map<String, Long> counts = new java.util.LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                counts.put(in.readUTF(), in.readLong());
            }
            n = in.readInt();
            List<String> prov = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                prov.add(in.readUTF());
            }
            return new Described(counts, prov);
        }
    };

    static final Codec<ConversionTable> CONVERSION = new Codec<>() {
        @Override
        public void write(ConversionTable t, DataOutputStream out) throws IOException {
            out.writeUTF(t.source());
            out.writeInt(t.replacedBy().size());
            for (Map.Entry<String, List<String>> e : t.replacedBy().entrySet()) {
                out.writeUTF(e.getKey());
                strings(e.getValue(), out);
            }
        }

        @Override
        public ConversionTable read(DataInputStream in) throws IOException {
            String source = in.readUTF();
            int n = in.readInt();
            Map<String, List<String>> map = new java.util.LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                map.put(in.readUTF(), strings(in));
            }
            return new ConversionTable(source, map);
        }
    };

    static final Codec<IndexBook> INDEX = new Codec<>() {
        @Override
        public void write(IndexBook b, DataOutputStream out) throws IOException {
            out.writeUTF(b.source());
            out.writeInt(b.fiscalYear());
            strings(b.columns(), out);
            out.writeInt(b.mainTerms().size());
            for (IndexTerm t : b.mainTerms()) {
                term(t, out);
            }
        }

        @Override
        public IndexBook read(DataInputStream in) throws IOException {
            String source = in.readUTF();
            int fy = in.readInt();
            List<String> columns = strings(in);
            int n = in.readInt();
            List<IndexTerm> terms = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                terms.add(term(in));
            }
            return new IndexBook(columns, terms, source, fy);
        }
    };

    private static void term(IndexTerm t, DataOutputStream out) throws IOException {
        out.writeUTF(t.title());
        strings(t.nonessentialModifiers(), out);
        out.writeUTF(t.code());
        out.writeUTF(t.manifestationCode());
        out.writeUTF(t.see());
        out.writeUTF(t.seeAlso());
        out.writeUTF(t.seeCategory());
        strings(t.cells(), out);
        out.writeInt(t.subterms().size());
        for (IndexTerm s : t.subterms()) {
            term(s, out);
        }
    }

    private static IndexTerm term(DataInputStream in) throws IOException {
        String title = in.readUTF();
        List<String> nemod = strings(in);
        String code = utf(in);
        String manif = utf(in);
        String see = utf(in);
        String seeAlso = utf(in);
        String seeCat = utf(in);
        List<String> cells = strings(in);
        int n = in.readInt();
        List<IndexTerm> sub = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sub.add(term(in));
        }
        return new IndexTerm(title, nemod, code, manif, see, seeAlso, seeCat, cells, sub);
    }

    private static void strings(List<String> list, DataOutputStream out) throws IOException {
        out.writeShort(list.size());
        for (String s : list) {
            out.writeUTF(s);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readUnsignedShort();
        if (n == 0) {
            return List.of();
        }
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(utf(in));
        }
        return list;
    }

    /** A string, sharing the one empty string (most index fields are empty). */
    private static String utf(DataInputStream in) throws IOException {
        String s = in.readUTF();
        return s.isEmpty() ? "" : s;
    }
}
