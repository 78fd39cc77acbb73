package org.medcoder.codesets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The releases a {@link CodeSetsLoader} found, chosen by date. Immutable. */
final class LoadedCodeSets implements CodeSets {

    private final List<IcdCmRelease> icd10cm;
    private final List<PcsRelease> pcs;
    private final List<HcpcsRelease> hcpcs;

    LoadedCodeSets(List<IcdCmRelease> icd10cm, List<PcsRelease> pcs, List<HcpcsRelease> hcpcs) {
        this.icd10cm = sorted(icd10cm, IcdCmRelease::info);
        this.pcs = sorted(pcs, PcsRelease::info);
        this.hcpcs = sorted(hcpcs, HcpcsRelease::info);
    }

    private static <T> List<T> sorted(List<T> list, Function<T, ReleaseInfo> info) {
        List<T> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparing(t -> info.apply(t).period().start()));
        return List.copyOf(copy);
    }

    @Override
    public List<ReleaseInfo> releases() {
        List<ReleaseInfo> out = new ArrayList<>();
        icd10cm.forEach(r -> out.add(r.info()));
        pcs.forEach(r -> out.add(r.info()));
        hcpcs.forEach(r -> out.add(r.info()));
        return List.copyOf(out);
    }

    @Override
    public IcdCmRelease icd10cm(LocalDate dateOfService) {
        return pick(icd10cm, IcdCmRelease::info, dateOfService, "ICD-10-CM");
    }

    @Override
    public List<IcdCmRelease> icd10cmReleases() {
        return icd10cm;
    }

    @Override
    public PcsRelease icd10pcs(LocalDate date) {
        return pick(pcs, PcsRelease::info, date, "ICD-10-PCS");
    }

    @Override
    public HcpcsRelease hcpcs(LocalDate dateOfService) {
        return pick(hcpcs, HcpcsRelease::info, dateOfService, "HCPCS");
    }

    /** The release whose period contains the date; the newest one when periods overlap. */
    private static <T> T pick(List<T> releases, Function<T, ReleaseInfo> info, LocalDate date, String system) {
        if (date == null) {
            throw new IllegalArgumentException("no date of service given");
        }
        for (int i = releases.size() - 1; i >= 0; i--) {
            if (info.apply(releases.get(i)).period().contains(date)) {
                return releases.get(i);
            }
        }
        String loaded = releases.isEmpty() ? "none"
                : releases.stream().map(r -> info.apply(r).version() + " " + info.apply(r).period()).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("no " + system + " release loaded for " + date + " (loaded: " + loaded + ")");
    }
}
