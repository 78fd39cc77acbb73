package org.medcoder.coding.internal;

import java.util.List;
import java.util.Optional;
import org.medcoder.codesets.AlphabeticIndex;
import org.medcoder.codesets.AppliedNote;
import org.medcoder.codesets.Block;
import org.medcoder.codesets.Chapter;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.ReleaseInfo;
import org.medcoder.codesets.SeventhCharacter;
import org.medcoder.core.IcdCmCode;

/**
 * A release with no codes, notes or index, for tests that fill in only the part they exercise by overriding it;
 * what a test did not fill in is empty, and the parts with no empty value throw.
 */
abstract class StubIcdCmRelease implements IcdCmRelease {

    @Override
    public ReleaseInfo info() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<IcdCmEntry> entry(IcdCmCode code) {
        return Optional.empty();
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
        return List.of();
    }

    @Override
    public List<SeventhCharacter> seventhCharacters(IcdCmCode code) {
        return List.of();
    }

    @Override
    public List<IcdCmEntry> entries() {
        return List.of();
    }

    @Override
    public AlphabeticIndex index() {
        throw new UnsupportedOperationException();
    }

    @Override
    public AlphabeticIndex neoplasmTable() {
        throw new UnsupportedOperationException();
    }

    @Override
    public AlphabeticIndex drugTable() {
        throw new UnsupportedOperationException();
    }

    @Override
    public AlphabeticIndex externalCauseIndex() {
        throw new UnsupportedOperationException();
    }
}
