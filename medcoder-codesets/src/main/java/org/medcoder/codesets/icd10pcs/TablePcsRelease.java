package org.medcoder.codesets.icd10pcs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.medcoder.codesets.PcsAxisValue;
import org.medcoder.codesets.PcsDefinition;
import org.medcoder.codesets.PcsDeviceAggregation;
import org.medcoder.codesets.PcsRelease;
import org.medcoder.codesets.PcsRow;
import org.medcoder.codesets.PcsTable;
import org.medcoder.codesets.ReleaseInfo;
import org.medcoder.core.PcsCode;

/** An ICD-10-PCS release whose validity comes from its tables and whose titles come from the order file. */
final class TablePcsRelease implements PcsRelease {

    private final ReleaseInfo info;
    private final List<PcsTable> tables;
    private final PcsValidity validity;
    private final PcsTitles titles;
    private final List<PcsDefinition> definitions;
    private final List<PcsDeviceAggregation> aggregations;
    private final long codeCount;

    TablePcsRelease(ReleaseInfo info, List<PcsTable> tables, PcsTitles titles, List<PcsDefinition> definitions,
            List<PcsDeviceAggregation> aggregations) {
        this.info = info;
        this.tables = List.copyOf(tables);
        this.validity = new PcsValidity(this.tables);
        this.titles = titles;
        this.definitions = List.copyOf(definitions);
        this.aggregations = List.copyOf(aggregations);
        this.codeCount = this.tables.stream().mapToLong(PcsTable::codeCount).sum();
    }

    private TablePcsRelease(ReleaseInfo info, TablePcsRelease other) {
        this.info = info;
        this.tables = other.tables;
        this.validity = other.validity;
        this.titles = other.titles;
        this.definitions = other.definitions;
        this.aggregations = other.aggregations;
        this.codeCount = other.codeCount;
    }

    /** The same release with its final description (counts and provenance are known only after building it). */
    TablePcsRelease withInfo(ReleaseInfo newInfo) {
        return new TablePcsRelease(newInfo, this);
    }

    @Override
    public ReleaseInfo info() {
        return info;
    }

    @Override
    public boolean isValid(PcsCode code) {
        return validity.isValid(code);
    }

    @Override
    public Optional<String> title(PcsCode code) {
        return isValid(code) ? titles.longTitle(code.value()) : Optional.empty();
    }

    @Override
    public Optional<String> shortTitle(PcsCode code) {
        return isValid(code) ? titles.shortTitle(code.value()) : Optional.empty();
    }

    @Override
    public Optional<PcsTable> table(PcsCode code) {
        int t = validity.tableIndex(code.value());
        return t < 0 ? Optional.empty() : Optional.of(tables.get(t));
    }

    @Override
    public Optional<PcsTable> table(String prefix) {
        if (prefix == null || prefix.length() != 3) {
            throw new IllegalArgumentException("a PCS table prefix has three characters, got '" + prefix + "'");
        }
        return table(PcsCode.parse(prefix + "0000"));
    }

    @Override
    public List<PcsTable> tables() {
        return tables;
    }

    @Override
    public List<PcsAxisValue> axisValues(PcsCode code) {
        Optional<PcsTable> table = table(code);
        if (table.isEmpty()) {
            return List.of();
        }
        List<PcsRow> rows = table.get().rowsAllowing(code);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<PcsAxisValue> out = new ArrayList<>(7);
        for (int p = 1; p <= 3; p++) {
            out.add(table.get().headerValue(p));
        }
        for (int p = 4; p <= 7; p++) {
            out.add(rows.get(0).axis(p).value(code.axis(p)).orElseThrow());
        }
        return List.copyOf(out);
    }

    @Override
    public Stream<PcsCode> codes() {
        // Rows of one table do not overlap in the official files (checked at load: count = distinct count).
        return tables.stream().flatMap(t -> t.rows().stream().flatMap(r -> expand(t.prefix(), r)));
    }

    private static Stream<PcsCode> expand(String prefix, PcsRow row) {
        List<PcsAxisValue> a4 = row.axis(4).values();
        List<PcsAxisValue> a5 = row.axis(5).values();
        List<PcsAxisValue> a6 = row.axis(6).values();
        List<PcsAxisValue> a7 = row.axis(7).values();
        int n = a4.size() * a5.size() * a6.size() * a7.size();
        return IntStream.range(0, n).mapToObj(i -> {
            int i7 = i % a7.size();
            int i6 = (i / a7.size()) % a6.size();
            int i5 = (i / (a7.size() * a6.size())) % a5.size();
            int i4 = i / (a7.size() * a6.size() * a5.size());
            return new PcsCode(prefix + a4.get(i4).code() + a5.get(i5).code() + a6.get(i6).code() + a7.get(i7).code());
        });
    }

    @Override
    public long codeCount() {
        return codeCount;
    }

    @Override
    public List<PcsDefinition> definitions() {
        return definitions;
    }

    @Override
    public List<PcsDeviceAggregation> deviceAggregations() {
        return aggregations;
    }

    PcsTitles titles() {
        return titles;
    }
}
