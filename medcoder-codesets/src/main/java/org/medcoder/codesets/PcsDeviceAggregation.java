package org.medcoder.codesets;

import java.util.List;
import java.util.Objects;

/**
 * One row of the ICD-10-PCS device aggregation table: a specific device that is coded with a more general
 * device value in the given operations and body systems, e.g. "Autologous Arterial Tissue" is coded as
 * 7 "Autologous Tissue Substitute".
 *
 * @param device      the specific device
 * @param operation   the operations where it applies, as printed (e.g. {@code All applicable})
 * @param bodySystems the body systems where it applies
 * @param parentCode  the device value (character 6) to code
 * @param parent      that value's label
 */
public record PcsDeviceAggregation(String device, String operation, List<String> bodySystems, char parentCode,
        String parent) {

    public PcsDeviceAggregation {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(operation, "operation");
        bodySystems = List.copyOf(bodySystems);
        Objects.requireNonNull(parent, "parent");
    }
}
