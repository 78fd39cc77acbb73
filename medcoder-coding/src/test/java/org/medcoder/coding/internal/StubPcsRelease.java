package org.medcoder.coding.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.medcoder.codesets.PcsAxis;
import org.medcoder.codesets.PcsAxisValue;
import org.medcoder.codesets.PcsDefinition;
import org.medcoder.codesets.PcsDeviceAggregation;
import org.medcoder.codesets.PcsRelease;
import org.medcoder.codesets.PcsRow;
import org.medcoder.codesets.PcsTable;
import org.medcoder.codesets.ReleaseInfo;
import org.medcoder.core.PcsCode;

/**
 * A small ICD-10-PCS release written for the tests: a few tables in the shape of the official ones (values as the
 * FY2026 tables print them) and one body-part definition with an included term.
 */
public final class StubPcsRelease implements PcsRelease {

    private final List<PcsTable> tables = List.of(
            table("0", "Medical and Surgical", "F", "Hepatobiliary System and Pancreas", "T", "Resection",
                    row(axis(4, "Body Part", "0 Liver", "4 Gallbladder"), axis(5, "Approach", "0 Open", "4 Percutaneous Endoscopic"),
                            axis(6, "Device", "Z No Device"), axis(7, "Qualifier", "Z No Qualifier"))),
            table("0", "Medical and Surgical", "F", "Hepatobiliary System and Pancreas", "B", "Excision",
                    row(axis(4, "Body Part", "0 Liver", "4 Gallbladder"),
                            axis(5, "Approach", "0 Open", "3 Percutaneous", "4 Percutaneous Endoscopic"),
                            axis(6, "Device", "Z No Device"), axis(7, "Qualifier", "X Diagnostic", "Z No Qualifier"))),
            table("0", "Medical and Surgical", "T", "Urinary System", "T", "Resection",
                    row(axis(4, "Body Part", "0 Kidney, Right", "1 Kidney, Left", "2 Kidneys, Bilateral"),
                            axis(5, "Approach", "0 Open", "4 Percutaneous Endoscopic"),
                            axis(6, "Device", "Z No Device"), axis(7, "Qualifier", "Z No Qualifier"))),
            table("0", "Medical and Surgical", "W", "Anatomical Regions, General", "9", "Drainage",
                    row(axis(4, "Body Part", "G Peritoneal Cavity"), axis(5, "Approach", "0 Open", "3 Percutaneous"),
                            axis(6, "Device", "0 Drainage Device"), axis(7, "Qualifier", "Z No Qualifier")),
                    row(axis(4, "Body Part", "G Peritoneal Cavity"), axis(5, "Approach", "0 Open", "3 Percutaneous"),
                            axis(6, "Device", "Z No Device"), axis(7, "Qualifier", "X Diagnostic", "Z No Qualifier"))),
            table("B", "Imaging", "W", "Anatomical Regions", "0", "Plain Radiography",
                    row(axis(4, "Body Part", "0 Abdomen", "1 Abdomen and Pelvis", "3 Chest", "4 Chest and Abdomen"),
                            axis(5, "Contrast", "Z None"), axis(6, "Qualifier", "Z None"), axis(7, "Qualifier", "Z None"))),
            table("B", "Imaging", "T", "Urinary System", "4", "Ultrasonography",
                    row(axis(4, "Body Part", "0 Bladder", "1 Kidney, Right", "2 Kidney, Left", "3 Kidneys, Bilateral"),
                            axis(5, "Contrast", "Z None"), axis(6, "Qualifier", "Z None"), axis(7, "Qualifier", "Z None"))));

    private static PcsTable table(String s, String sl, String b, String bl, String o, String ol, PcsRow... rows) {
        return new PcsTable(List.of(axis(1, "Section", s + " " + sl), axis(2, "Body System", b + " " + bl),
                axis(3, "Operation", o + " " + ol)), "", List.of(rows));
    }

    private static PcsRow row(PcsAxis... axes) {
        return new PcsRow(List.of(axes));
    }

    /** An axis from values written "code label". */
    private static PcsAxis axis(int position, String title, String... values) {
        List<PcsAxisValue> out = new ArrayList<>();
        for (String v : values) {
            out.add(new PcsAxisValue(v.charAt(0), v.substring(2)));
        }
        return new PcsAxis(position, title, out);
    }

    @Override
    public ReleaseInfo info() {
        throw new UnsupportedOperationException("not needed by the tests");
    }

    @Override
    public boolean isValid(PcsCode code) {
        return tables.stream().anyMatch(t -> t.allows(code));
    }

    @Override
    public Optional<String> title(PcsCode code) {
        return Optional.empty();
    }

    @Override
    public Optional<String> shortTitle(PcsCode code) {
        return Optional.empty();
    }

    @Override
    public Optional<PcsTable> table(PcsCode code) {
        return table(code.value().substring(0, 3));
    }

    @Override
    public Optional<PcsTable> table(String prefix) {
        return tables.stream().filter(t -> t.prefix().equals(prefix)).findFirst();
    }

    @Override
    public List<PcsTable> tables() {
        return tables;
    }

    @Override
    public List<PcsAxisValue> axisValues(PcsCode code) {
        return List.of();
    }

    @Override
    public Stream<PcsCode> codes() {
        return Stream.empty();
    }

    @Override
    public long codeCount() {
        return 0;
    }

    @Override
    public List<PcsDefinition> definitions() {
        return List.of(new PcsDefinition('0', 4, "Body Part", List.of("Liver"), "", "", List.of("Quadrate lobe")));
    }

    @Override
    public List<PcsDeviceAggregation> deviceAggregations() {
        return List.of();
    }
}
