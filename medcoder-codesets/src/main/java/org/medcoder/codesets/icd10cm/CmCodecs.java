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
import org.medcoder.codesets.internal.SnapshotCache.Codec;
import org.medcoder.core.IcdCmCode;

/**
 * Binary snapshot formats of the parsed ICD-10-CM sources (order file, Tabular XML, index XML), written with
 * {@link DataOutputStream}. Bump {@link #FORMAT} whenever a layout here changes: it is part of every snapshot
 * key, so old snapshots are rebuilt instead of misread.
 */
final class CmCodecs {

    /** The snapshot format version of this class; part of the snapshot key. */
    static final String FORMAT = "icd10cm-snapshot-5";

    private CmCodecs() {
    }

    static final Codec<List<IcdCmEntry>> ENTRIES = new Codec<>() {
        @Override
        public void write(List<IcdCmEntry> list, DataOutputStream out) throws IOException {
            out.writeInt(list.size());
            for (IcdCmEntry e : list) {
                out.writeUTF(e.code().value());
                out.writeBoolean(e.billable());
                out.writeUTF(e.shortTitle());
                out.writeUTF(e.longTitle());
            }
        }

        @Override
        public List<IcdCmEntry> read(DataInputStream in) throws IOException {
            int n = in.readInt();
            List<IcdCmEntry> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                IcdCmCode code = new IcdCmCode(in.readUTF());
                boolean billable = in.readBoolean();
                String s = in.readUTF();
                String l = in.readUTF();
                list.add(new IcdCmEntry(code, billable, s, l.equals(s) ? s : l));
            }
            return list;
        }
    };

    static final Codec<TabularData> TABULAR = new Codec<>() {
        @Override
        public void write(TabularData t, DataOutputStream out) throws IOException {
            out.writeInt(t.fiscalYear());
            out.writeUTF(t.source());
            out.writeInt(t.chapters().size());
            for (TabularData.ChapterNotes c : t.chapters()) {
                out.writeInt(c.chapter().number());
                out.writeUTF(c.chapter().title());
                range(c.chapter().range(), out);
                notes(c.notes(), out);
            }
            out.writeInt(t.blocks().size());
            for (TabularData.BlockNotes b : t.blocks()) {
                out.writeUTF(b.block().id());
                out.writeUTF(b.block().title());
                range(b.block().range(), out);
                out.writeInt(b.chapter());
                notes(b.notes(), out);
            }
            out.writeInt(t.notesByCode().size());
            for (Map.Entry<String, List<TabularNote>> e : t.notesByCode().entrySet()) {
                out.writeUTF(e.getKey());
                notes(e.getValue(), out);
            }
            out.writeInt(t.seventhByCode().size());
            for (Map.Entry<String, List<SeventhCharacter>> e : t.seventhByCode().entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().size());
                for (SeventhCharacter s : e.getValue()) {
                    out.writeChar(s.character());
                    out.writeUTF(s.meaning());
                }
            }
            out.writeInt(t.codes().size());
            for (String c : t.codes()) {
                out.writeUTF(c);
            }
        }

        @Override
        public TabularData read(DataInputStream in) throws IOException {
            int fy = in.readInt();
            String source = in.readUTF();
            int n = in.readInt();
            List<TabularData.ChapterNotes> chapters = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Chapter c = new Chapter(in.readInt(), in.readUTF(), range(in));
                chapters.add(new TabularData.ChapterNotes(c, notes(in, source)));
            }
            n = in.readInt();
            List<TabularData.BlockNotes> blocks = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Block b = new Block(in.readUTF(), in.readUTF(), range(in));
                blocks.add(new TabularData.BlockNotes(b, in.readInt(), notes(in, source)));
            }
            n = in.readInt();
            Map<String, List<TabularNote>> notes = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                notes.put(in.readUTF(), notes(in, source));
            }
            n = in.readInt();
            Map<String, List<SeventhCharacter>> seventh = new HashMap<>(n * 2);
            Map<String, String> meanings = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String code = in.readUTF();
                int m = in.readInt();
                List<SeventhCharacter> list = new ArrayList<>(m);
                for (int j = 0; j < m; j++) {
                    char ch = in.readChar();
                    String meaning = in.readUTF();
                    list.add(new SeventhCharacter(ch, meanings.computeIfAbsent(meaning, k -> k)));
                }
                seventh.put(code, List.copyOf(list));
            }
            n = in.readInt();
            java.util.Set<String> codes = new java.util.HashSet<>(n * 2);
            for (int i = 0; i < n; i++) {
                codes.add(in.readUTF());
            }
            return new TabularData(fy, source, chapters, blocks, notes, seventh, codes);
        }
    };

    private static void range(CodeRange r, DataOutputStream out) throws IOException {
        out.writeUTF(r.first().value());
        out.writeUTF(r.last().value());
    }

    private static CodeRange range(DataInputStream in) throws IOException {
        return new CodeRange(new IcdCmCode(in.readUTF()), new IcdCmCode(in.readUTF()));
    }

    private static void notes(List<TabularNote> notes, DataOutputStream out) throws IOException {
        out.writeInt(notes.size());
        for (TabularNote n : notes) {
            out.writeByte(n.kind().ordinal());
            out.writeUTF(n.text());
            out.writeByte(n.references().size());
            for (CodeRange r : n.references()) {
                range(r, out);
            }
        }
    }

    /** Notes of one file all share its source string. */
    private static List<TabularNote> notes(DataInputStream in, String source) throws IOException {
        int n = in.readInt();
        List<TabularNote> list = new ArrayList<>(n);
        NoteKind[] kinds = NoteKind.values();
        for (int i = 0; i < n; i++) {
            NoteKind kind = kinds[in.readByte()];
            String text = in.readUTF();
            int refs = in.readUnsignedByte();
            List<CodeRange> rs = new ArrayList<>(refs);
            for (int j = 0; j < refs; j++) {
                rs.add(range(in));
            }
            list.add(new TabularNote(kind, text, rs, source));
        }
        return List.copyOf(list);
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
