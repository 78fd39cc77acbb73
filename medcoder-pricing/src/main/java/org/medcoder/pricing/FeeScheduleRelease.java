package org.medcoder.pricing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.medcoder.core.EffectivePeriod;
import org.medcoder.core.Finding;
import org.medcoder.core.HcpcsCode;

/**
 * One quarterly release of the Physician Fee Schedule relative value file (e.g. RVU26C, dates of service
 * 2026-07-01..2026-09-30): every code's rows by modifier, immutable once built.
 */
public final class FeeScheduleRelease {

    private final String id;
    private final int year;
    private final EffectivePeriod period;
    private final String source;
    private final Map<HcpcsCode, CodeRows> rows;
    private final Map<String, CodeRows> rowsByText;
    private final Set<String> notUsedForMedicare;
    private final List<Finding> findings;
    private final List<RvuEntry> entries;

    /** The rows of one code: global (no modifier), professional (26), technical (TC), reduced (53). */
    record CodeRows(RvuEntry global, RvuEntry professional, RvuEntry technical, RvuEntry reduced) {
    }

    FeeScheduleRelease(String id, int year, EffectivePeriod period, String source, List<RvuEntry> entries,
            List<String> notUsedForMedicare, List<Finding> findings) {
        this.id = Objects.requireNonNull(id, "id");
        this.year = year;
        this.period = Objects.requireNonNull(period, "period");
        this.source = Objects.requireNonNull(source, "source");
        this.notUsedForMedicare = Set.copyOf(notUsedForMedicare);
        this.findings = List.copyOf(findings);
        this.entries = List.copyOf(entries);
        Map<HcpcsCode, RvuEntry[]> byCode = new HashMap<>(entries.size() * 2);
        for (RvuEntry e : entries) {
            RvuEntry[] slot = byCode.computeIfAbsent(e.code(), c -> new RvuEntry[4]);
            switch (e.modifier()) {
                case "" -> slot[0] = e;
                case "26" -> slot[1] = e;
                case "TC" -> slot[2] = e;
                case "53" -> slot[3] = e;
                default -> { } // no other modifier rows exist in the file; ignored rather than mis-filed
            }
        }
        Map<HcpcsCode, CodeRows> built = new HashMap<>(byCode.size() * 2);
        byCode.forEach((code, s) -> built.put(code, new CodeRows(s[0], s[1], s[2], s[3])));
        // A HashMap behind an unmodifiable view, not Map.copyOf: its look-up is the hot path of claim pricing and
        // HashMap's hash spreading probes less than the immutable map's linear probing (PricingBenchmark).
        this.rows = java.util.Collections.unmodifiableMap(built);
        Map<String, CodeRows> byText = new HashMap<>(built.size() * 2);
        built.forEach((code, r) -> byText.put(code.value(), r));
        this.rowsByText = java.util.Collections.unmodifiableMap(byText);
    }

    /** The release id, e.g. {@code RVU26C}. */
    public String id() {
        return id;
    }

    /** The calendar year. */
    public int year() {
        return year;
    }

    /** The dates of service the release applies to. */
    public EffectivePeriod period() {
        return period;
    }

    /** The file it was read from. */
    public String source() {
        return source;
    }

    /** Data problems found while reading. */
    public List<Finding> findings() {
        return findings;
    }

    /** How many rows (code and modifier) the release has. */
    public int size() {
        return entries.size();
    }

    /** Every row, in file order. */
    public List<RvuEntry> entries() {
        return entries;
    }

    /** Whether the code has any row in this release. */
    public boolean contains(HcpcsCode code) {
        return rows.containsKey(code);
    }

    /** The row of a code and modifier ({@code ""}, {@code 26}, {@code TC}, {@code 53}). */
    public Optional<RvuEntry> entry(HcpcsCode code, String modifier) {
        CodeRows r = rows.get(code);
        if (r == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (modifier) {
            case "" -> r.global();
            case "26" -> r.professional();
            case "TC" -> r.technical();
            case "53" -> r.reduced();
            default -> null;
        });
    }

    /** Whether the file flags the code's RVUs as not used for Medicare payment (column 5). */
    public boolean notUsedForMedicare(HcpcsCode code, String modifier) {
        return notUsedForMedicare.contains(modifier.isEmpty() ? code.value() : code.value() + "-" + modifier);
    }

    CodeRows rows(HcpcsCode code) {
        return rows.get(code);
    }

    /** The rows of a code given as text (e.g. an endoscopic base code from the file), without parsing it. */
    CodeRows rows(String code) {
        return rowsByText.get(code);
    }

    @Override
    public String toString() {
        return id + " (" + period + ", " + source + ")";
    }
}
