package org.medcoder.claims.x12;

import java.util.Objects;

/**
 * A functional group header (GS): functional identifier (GS01, {@code HP} for 835, {@code HC} for 837),
 * application sender and receiver (GS02/GS03), group control number (GS06) and version (GS08).
 */
public record GroupHeader(String functionalIdCode, String applicationSender, String applicationReceiver,
                          String controlNumber, String version) {

    /** No group header was read. */
    public static final GroupHeader NONE = new GroupHeader("", "", "", "", "");

    public GroupHeader {
        Objects.requireNonNull(functionalIdCode, "functionalIdCode");
        Objects.requireNonNull(applicationSender, "applicationSender");
        Objects.requireNonNull(applicationReceiver, "applicationReceiver");
        Objects.requireNonNull(controlNumber, "controlNumber");
        Objects.requireNonNull(version, "version");
    }
}
