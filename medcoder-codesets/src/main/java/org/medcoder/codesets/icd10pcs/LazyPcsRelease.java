package org.medcoder.codesets.icd10pcs;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.medcoder.codesets.PcsAxisValue;
import org.medcoder.codesets.PcsDefinition;
import org.medcoder.codesets.PcsDeviceAggregation;
import org.medcoder.codesets.PcsRelease;
import org.medcoder.codesets.PcsTable;
import org.medcoder.codesets.ReleaseInfo;
import org.medcoder.codesets.internal.Lazy;
import org.medcoder.core.PcsCode;

/**
 * An ICD-10-PCS release described from its snapshot header at start-up and read from the snapshot on first use,
 * so that a command which never asks about procedures does not pay for reading the tables.
 */
final class LazyPcsRelease implements PcsRelease {

    private final ReleaseInfo info;
    private final Lazy<PcsRelease> release;

    LazyPcsRelease(ReleaseInfo info, Supplier<PcsRelease> loader) {
        this.info = info;
        this.release = new Lazy<>(loader);
    }

    @Override
    public ReleaseInfo info() {
        return info;
    }

    @Override
    public boolean isValid(PcsCode code) {
        return release.get().isValid(code);
    }

    @Override
    public Optional<String> title(PcsCode code) {
        return release.get().title(code);
    }

    @Override
    public Optional<String> shortTitle(PcsCode code) {
        return release.get().shortTitle(code);
    }

    @Override
    public Optional<PcsTable> table(PcsCode code) {
        return release.get().table(code);
    }

    @Override
    public Optional<PcsTable> table(String prefix) {
        return release.get().table(prefix);
    }

    @Override
    public List<PcsTable> tables() {
        return release.get().tables();
    }

    @Override
    public List<PcsAxisValue> axisValues(PcsCode code) {
        return release.get().axisValues(code);
    }

    @Override
    public Stream<PcsCode> codes() {
        return release.get().codes();
    }

    @Override
    public long codeCount() {
        return release.get().codeCount();
    }

    @Override
    public List<PcsDefinition> definitions() {
        return release.get().definitions();
    }

    @Override
    public List<PcsDeviceAggregation> deviceAggregations() {
        return release.get().deviceAggregations();
    }

    @Override
    public String toString() {
        return "ICD-10-PCS " + info.version() + " (" + info.period() + ")";
    }
}
