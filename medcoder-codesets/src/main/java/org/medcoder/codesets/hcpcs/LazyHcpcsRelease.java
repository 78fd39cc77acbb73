package org.medcoder.codesets.hcpcs;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.medcoder.codesets.HcpcsEntry;
import org.medcoder.codesets.HcpcsModifier;
import org.medcoder.codesets.HcpcsRelease;
import org.medcoder.codesets.ReleaseInfo;
import org.medcoder.codesets.internal.Lazy;
import org.medcoder.core.HcpcsCode;

/**
 * A HCPCS Level II release described from its snapshot header at start-up and read from the snapshot on first
 * use, so that a command which never asks about HCPCS does not pay for reading it.
 */
final class LazyHcpcsRelease implements HcpcsRelease {

    private final ReleaseInfo info;
    private final Lazy<HcpcsRelease> release;

    LazyHcpcsRelease(ReleaseInfo info, Supplier<HcpcsRelease> loader) {
        this.info = info;
        this.release = new Lazy<>(loader);
    }

    @Override
    public ReleaseInfo info() {
        return info;
    }

    @Override
    public boolean contains(HcpcsCode code) {
        return release.get().contains(code);
    }

    @Override
    public Optional<String> description(HcpcsCode code) {
        return release.get().description(code);
    }

    @Override
    public Optional<HcpcsEntry> entry(HcpcsCode code) {
        return release.get().entry(code);
    }

    @Override
    public List<HcpcsEntry> entries() {
        return release.get().entries();
    }

    @Override
    public Optional<HcpcsModifier> modifier(String code) {
        return release.get().modifier(code);
    }

    @Override
    public List<HcpcsModifier> modifiers() {
        return release.get().modifiers();
    }

    @Override
    public String toString() {
        return "HCPCS " + info.version() + " (" + info.period() + ")";
    }
}
