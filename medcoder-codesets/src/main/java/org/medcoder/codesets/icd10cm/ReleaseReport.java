package org.medcoder.codesets.icd10cm;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IndexTerm;
import org.medcoder.codesets.NoteKind;
import org.medcoder.codesets.ReleaseInfo;
import org.medcoder.codesets.TabularNote;
import org.medcoder.core.IcdCmCode;

/**
 * Counts what an assembled release holds and says, in figures, where its parts do not line up: codes the older
 * Tabular does not have, Tabular codes the release no longer has, index entries that point to codes that are
 * not codes of the release, billable codes with no note of their own.
 */
final class ReleaseReport {

    private ReleaseReport() {
    }

    static ReleaseInfo describe(CmRelease r, boolean derived) {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> provenance = new ArrayList<>();
        ReleaseInfo info = r.info();
        String fy = info.version();
        long billable = r.entries().stream().filter(IcdCmEntry::billable).count();
        counts.put("codes", (long) r.entries().size());
        counts.put("billable", billable);
        counts.put("headers", r.entries().size() - billable);
        codeProvenance(info, derived, provenance);
        tabularCounts(r, counts, provenance);
        indexCounts(r, "index", (IndexBook) r.index(), counts, provenance);
        indexCounts(r, "neoplasm", (IndexBook) r.neoplasmTable(), counts, provenance);
        indexCounts(r, "drug", (IndexBook) r.drugTable(), counts, provenance);
        indexCounts(r, "eindex", (IndexBook) r.externalCauseIndex(), counts, provenance);
        return new ReleaseInfo(info.system(), fy, info.period(), derived, info.sources(), counts, provenance);
    }

    private static void codeProvenance(ReleaseInfo info, boolean derived, List<String> out) {
        if (derived) {
            out.add("codes: " + info.version() + " is DERIVED, not official: the previous year's official order file "
                    + "with third-party change lists applied (" + info.sources().stream()
                    .filter(s -> s.role().equals("code-changes")).findFirst().map(s -> s.path().replaceFirst("/[^/]*$", ""))
                    .orElse("?") + ")");
        } else {
            info.sources().stream().filter(s -> s.role().equals("codes")).findFirst()
                    .ifPresent(s -> out.add("codes: " + s.path() + " (" + s.fiscalYear() + ", official)"));
        }
    }

    private static void tabularCounts(CmRelease r, Map<String, Long> counts, List<String> out) {
        TabularData t = r.tabular();
        counts.put("chapters", (long) t.chapters().size());
        counts.put("blocks", (long) t.blocks().size());
        Map<NoteKind, Long> byKind = new EnumMap<>(NoteKind.class);
        t.chapters().forEach(c -> tally(c.notes(), byKind));
        t.blocks().forEach(b -> tally(b.notes(), byKind));
        t.notesByCode().values().forEach(n -> tally(n, byKind));
        for (NoteKind k : NoteKind.values()) {
            counts.put("notes." + k.xmlName(), byKind.getOrDefault(k, 0L));
        }
        counts.put("sevenChrDef", (long) t.seventhByCode().size());
        if (t.fiscalYear() == 0) {
            out.add("tabular notes: none loaded (no Tabular XML in the data folder)");
            return;
        }
        out.add("tabular notes, 7th characters, chapters and blocks: " + t.source());
        long notInTabular = r.entries().stream().filter(e -> !inTabular(r, t, e.code())).count();
        counts.put("mismatch.codesNotInTabular", notInTabular);
        out.add(notInTabular + " " + r.info().version() + " codes are not in the FY" + t.fiscalYear()
                + " Tabular (added since); they inherit the notes of their ancestors that it has");
        long gone = 0;
        long orphanNotes = 0;
        for (String c : t.codes()) {
            if (!r.has(c)) {
                gone++;
                orphanNotes += t.notesByCode().getOrDefault(c, List.of()).size();
            }
        }
        counts.put("mismatch.tabularCodesNotInRelease", gone);
        counts.put("mismatch.notesOnCodesNotInRelease", orphanNotes);
        out.add(gone + " FY" + t.fiscalYear() + " Tabular codes are not codes of " + r.info().version() + " (deleted or"
                + " expanded since); " + orphanNotes + " notes written on them apply to no code");
        long bare = r.entries().stream().filter(IcdCmEntry::billable).filter(e -> !hasCodeLevelNote(t, e.code().value())).count();
        counts.put("mismatch.billableWithoutCodeNotes", bare);
        out.add(bare + " billable codes have no note on themselves, their category or subcategories (only chapter/block notes, if any)");
    }

    /**
     * Whether the Tabular lists the code: itself, or for a code with a 7th character, the code it extends (the
     * Tabular prints 7th characters once, in a table at the category, not as separate entries; I.A.5).
     */
    private static boolean inTabular(CmRelease r, TabularData t, IcdCmCode code) {
        String c = code.value();
        if (t.codes().contains(c)) {
            return true;
        }
        if (c.length() == 7 && r.seventhCharacterSource(code).isPresent()) {
            int end = 6;
            while (end > 3 && c.charAt(end - 1) == 'X') {
                end--;
            }
            String base = c.substring(0, end);
            return t.codes().contains(base);
        }
        return false;
    }

    private static boolean hasCodeLevelNote(TabularData t, String c) {
        for (int len = 3; len <= c.length(); len++) {
            if (t.notesByCode().containsKey(c.substring(0, len))) {
                return true;
            }
        }
        return false;
    }

    private static void tally(List<TabularNote> notes, Map<NoteKind, Long> byKind) {
        for (TabularNote n : notes) {
            byKind.merge(n.kind(), 1L, Long::sum);
        }
    }

    private static void indexCounts(CmRelease r, String name, IndexBook book, Map<String, Long> counts, List<String> out) {
        counts.put(name + ".mainTerms", (long) book.mainTerms().size());
        counts.put(name + ".terms", book.termCount());
        if (book.fiscalYear() == 0) {
            out.add(name + ": none loaded");
            return;
        }
        Set<String> missing = new HashSet<>();
        long[] entries = new long[1];
        for (IndexTerm t : book.mainTerms()) {
            targets(t, r, missing, entries);
        }
        long forwarded = missing.stream().filter(c -> !r.replacedBy(new IcdCmCode(c)).isEmpty()).count();
        counts.put("mismatch." + name + ".targetsNotInRelease", (long) missing.size());
        counts.put("mismatch." + name + ".targetsForwarded", forwarded);
        out.add(name + ": " + book.source() + "; " + entries[0] + " entries point to " + missing.size()
                + " distinct codes that are not codes of " + r.info().version()
                + (missing.isEmpty() ? "" : " (" + forwarded + " of them forwarded to current codes by the conversion table"
                + (r.conversion().replacedBy().isEmpty() ? ", none loaded" : " " + r.conversion().source()) + "): "
                + missing.stream().sorted().limit(8).map(c -> new IcdCmCode(c).dotted()).collect(java.util.stream.Collectors.joining(", "))
                + (missing.size() > 8 ? ", ..." : "")));
    }

    private static void targets(IndexTerm t, CmRelease r, Set<String> missing, long[] entries) {
        boolean bad = false;
        for (String c : codesOf(t)) {
            if (!r.has(c)) {
                missing.add(c);
                bad = true;
            }
        }
        if (bad) {
            entries[0]++;
        }
        for (IndexTerm s : t.subterms()) {
            targets(s, r, missing, entries);
        }
    }

    /** The codes an index term points to (code, manifestation, table cells), dotless, without a trailing dash. */
    static List<String> codesOf(IndexTerm t) {
        List<String> out = new ArrayList<>(2);
        add(t.code(), out);
        add(t.manifestationCode(), out);
        for (String c : t.cells()) {
            add(c, out);
        }
        return out;
    }

    private static void add(String written, List<String> out) {
        if (written.isEmpty()) {
            return;
        }
        String s = written.strip().replaceAll("[-.]+$", "");
        if (IcdCmCode.isWellFormed(s)) {
            out.add(IcdCmCode.parse(s).value());
        }
    }
}
