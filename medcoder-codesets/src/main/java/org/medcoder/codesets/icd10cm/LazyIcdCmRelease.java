package org.medcoder.codesets.icd10cm;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.medcoder.codesets.AlphabeticIndex;
import org.medcoder.codesets.AppliedNote;
import org.medcoder.codesets.Block;
import org.medcoder.codesets.Chapter;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.ReleaseInfo;
import org.medcoder.codesets.SeventhCharacter;
import org.medcoder.codesets.internal.Lazy;
import org.medcoder.core.IcdCmCode;

/**
 * A release whose description is known (from its snapshot) but whose content is read from the snapshots only when
 * first asked for: start-up lists every release and materializes only the one a date of service selects. An exact
 * lookup ({@link #entry}) and {@link #entries} need only the code list, so they are answered before the Tabular
 * notes and indexes are read; the code list is the same object the full release uses.
 */
final class LazyIcdCmRelease implements IcdCmRelease {

    private final ReleaseInfo info;
    private final Lazy<CodeList> codes;
    private final Lazy<CmRelease> release;

    LazyIcdCmRelease(ReleaseInfo info, Supplier<? extends List<IcdCmEntry>> codeList, Supplier<CmRelease> loader) {
        this.info = info;
        this.codes = new Lazy<>(() -> CodeList.of(codeList.get()));
        this.release = new Lazy<>(loader);
    }

    private CmRelease r() {
        return release.get();
    }

    @Override
    public ReleaseInfo info() {
        return info;
    }

    @Override
    public Optional<IcdCmEntry> entry(IcdCmCode code) {
        return codes.get().entry(code.value());
    }

    @Override
    public List<IcdCmEntry> children(IcdCmCode code) {
        return r().children(code);
    }

    @Override
    public List<IcdCmEntry> lineage(IcdCmCode code) {
        return r().lineage(code);
    }

    @Override
    public Optional<Chapter> chapterOf(IcdCmCode code) {
        return r().chapterOf(code);
    }

    @Override
    public Optional<Block> blockOf(IcdCmCode code) {
        return r().blockOf(code);
    }

    @Override
    public List<AppliedNote> notes(IcdCmCode code) {
        return r().notes(code);
    }

    @Override
    public List<SeventhCharacter> seventhCharacters(IcdCmCode code) {
        return r().seventhCharacters(code);
    }

    @Override
    public List<IcdCmEntry> descendants(IcdCmCode code) {
        return r().descendants(code);
    }

    @Override
    public Optional<IcdCmCode> seventhCharacterSource(IcdCmCode code) {
        return r().seventhCharacterSource(code);
    }

    @Override
    public List<IcdCmCode> replacedBy(IcdCmCode earlierCode) {
        return r().replacedBy(earlierCode);
    }

    @Override
    public boolean addedSinceNotes(IcdCmCode code) {
        return r().addedSinceNotes(code);
    }

    @Override
    public List<IcdCmEntry> entries() {
        return codes.get();
    }

    @Override
    public AlphabeticIndex index() {
        return r().index();
    }

    @Override
    public AlphabeticIndex neoplasmTable() {
        return r().neoplasmTable();
    }

    @Override
    public AlphabeticIndex drugTable() {
        return r().drugTable();
    }

    @Override
    public AlphabeticIndex externalCauseIndex() {
        return r().externalCauseIndex();
    }

    @Override
    public String toString() {
        return "ICD-10-CM " + info.version() + " (" + info.period() + ")";
    }
}
