package org.medcoder.codesets.hcpcs;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.medcoder.codesets.HcpcsEntry;
import org.medcoder.codesets.HcpcsModifier;
import org.medcoder.codesets.HcpcsRelease;
import org.medcoder.codesets.ReleaseInfo;
import org.medcoder.core.HcpcsCode;

/** A HCPCS Level II release held as the file lists it: entries and modifiers in code order, hashed by code. */
final class ListedHcpcsRelease implements HcpcsRelease {

    private final ReleaseInfo info;
    private final List<HcpcsEntry> entries;
    private final List<HcpcsModifier> modifiers;
    private final Map<String, HcpcsEntry> byCode = new HashMap<>();
    private final Map<String, HcpcsModifier> modifierByCode = new HashMap<>();

    ListedHcpcsRelease(ReleaseInfo info, List<HcpcsEntry> entries, List<HcpcsModifier> modifiers) {
        this.info = info;
        this.entries = entries.stream().sorted(Comparator.comparing(HcpcsEntry::code)).toList();
        this.modifiers = modifiers.stream().sorted(Comparator.comparing(HcpcsModifier::code)).toList();
        this.entries.forEach(e -> byCode.put(e.code().value(), e));
        this.modifiers.forEach(m -> modifierByCode.put(m.code(), m));
    }

    @Override
    public ReleaseInfo info() {
        return info;
    }

    @Override
    public boolean contains(HcpcsCode code) {
        return byCode.containsKey(code.value());
    }

    @Override
    public Optional<String> description(HcpcsCode code) {
        return entry(code).map(HcpcsEntry::longDescription);
    }

    @Override
    public Optional<HcpcsEntry> entry(HcpcsCode code) {
        return Optional.ofNullable(byCode.get(code.value()));
    }

    @Override
    public List<HcpcsEntry> entries() {
        return entries;
    }

    @Override
    public Optional<HcpcsModifier> modifier(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(modifierByCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    @Override
    public List<HcpcsModifier> modifiers() {
        return modifiers;
    }
}
