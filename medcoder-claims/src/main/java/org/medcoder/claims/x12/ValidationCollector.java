package org.medcoder.claims.x12;

import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.stream.EDIOutputErrorReporter;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.EDIStreamWriter;
import java.util.ArrayList;
import java.util.List;
import org.medcoder.core.Finding;
import org.medcoder.core.Location;

/** Collects StAEDI's validation errors while writing as findings at the segment position and element. */
final class ValidationCollector implements EDIOutputErrorReporter {

    private final String source;
    private final List<Finding> findings = new ArrayList<>();

    ValidationCollector(String source) {
        this.source = source;
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    @Override
    public void report(EDIStreamValidationError error, EDIStreamWriter writer, io.xlate.edi.stream.Location location,
            CharSequence data, EDIReference typeReference) {
        StringBuilder path = new StringBuilder();
        path.append(location.getSegmentTag() == null ? "?" : location.getSegmentTag());
        if (location.getElementPosition() > 0) {
            path.append(String.format("%02d", location.getElementPosition()));
            if (location.getComponentPosition() > 0) {
                path.append('-').append(location.getComponentPosition());
            }
        }
        String what = typeReference != null && typeReference.getTitle() != null ? " (" + typeReference.getTitle() + ")" : "";
        String value = data == null || data.length() == 0 ? "" : " value '" + data + "'";
        findings.add(Finding.error("X12-" + error.name(), new Location(source, Math.max(0, location.getSegmentPosition()),
                path.toString()), error.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + what + value));
    }
}
