package org.medcoder.codesets.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medcoder.codesets.AlphabeticIndex;
import org.medcoder.codesets.AppliedNote;
import org.medcoder.codesets.Block;
import org.medcoder.codesets.Chapter;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.IndexTerm;
import org.medcoder.codesets.NoteKind;
import org.medcoder.codesets.ReleaseInfo;
import org.medcoder.codesets.SeventhCharacter;
import org.medcoder.codesets.TabularNote;
import org.medcoder.core.CodeSystem;
import org.medcoder.core.EffectivePeriod;
import org.medcoder.core.IcdCmCode;

/** A small hand-made ICD-10-CM release for search tests: entries, inclusion terms and index terms only. */
final class FakeIcdCmRelease implements IcdCmRelease {

    private final Map<IcdCmCode, IcdCmEntry> entries = new LinkedHashMap<>();
    private final Map<IcdCmCode, List<AppliedNote>> notes = new LinkedHashMap<>();
    private final List<IndexTerm> mainTerms = new ArrayList<>();

    FakeIcdCmRelease entry(String code, boolean billable, String title, String... inclusionTerms) {
        IcdCmCode c = IcdCmCode.parse(code);
        entries.put(c, new IcdCmEntry(c, billable, title, title));
        List<AppliedNote> own = new ArrayList<>();
        for (String t : inclusionTerms) {
            own.add(new AppliedNote(new TabularNote(NoteKind.INCLUSION_TERM, t, List.of(), "test"), "code", c.value()));
        }
        notes.put(c, own);
        return this;
    }

    FakeIcdCmRelease indexTerm(IndexTerm main) {
        mainTerms.add(main);
        return this;
    }

    static IndexTerm term(String title, String code, IndexTerm... subterms) {
        return new IndexTerm(title, List.of(), code, "", "", "", "", List.of(), List.of(subterms));
    }

    @Override
    public ReleaseInfo info() {
        return new ReleaseInfo(CodeSystem.ICD10CM, "FY2026", EffectivePeriod.fiscalYear(2026), false, List.of(),
                Map.of(), List.of());
    }

    @Override
    public Optional<IcdCmEntry> entry(IcdCmCode code) {
        return Optional.ofNullable(entries.get(code));
    }

    @Override
    public List<IcdCmEntry> children(IcdCmCode code) {
        return List.of();
    }

    @Override
    public List<IcdCmEntry> lineage(IcdCmCode code) {
        return List.of();
    }

    @Override
    public Optional<Chapter> chapterOf(IcdCmCode code) {
        return Optional.empty();
    }

    @Override
    public Optional<Block> blockOf(IcdCmCode code) {
        return Optional.empty();
    }

    @Override
    public List<AppliedNote> notes(IcdCmCode code) {
        return notes.getOrDefault(code, List.of());
    }

    @Override
    public List<SeventhCharacter> seventhCharacters(IcdCmCode code) {
        return List.of();
    }

    @Override
    public List<IcdCmEntry> entries() {
        return List.copyOf(entries.values());
    }

    @Override
    public AlphabeticIndex index() {
        return new AlphabeticIndex() {
            @Override
            public List<String> columns() {
                return List.of();
            }

            @Override
            public List<IndexTerm> mainTerms() {
                return List.copyOf(mainTerms);
            }

            @Override
            public Optional<IndexTerm> mainTerm(String title) {
                return Optional.empty();
            }

            @Override
            public String source() {
                return "test";
            }
        };
    }

    @Override
    public AlphabeticIndex neoplasmTable() {
        return index();
    }

    @Override
    public AlphabeticIndex drugTable() {
        return index();
    }

    @Override
    public AlphabeticIndex externalCauseIndex() {
        return index();
    }
}
