package org.medcoder.claims.x12;

import java.util.Objects;

/**
 * The sender and receiver of an interchange (ISA05-ISA08) and its control number (ISA13): what an
 * acknowledgement is addressed back to, with the usage indicator (ISA15: {@code P} production, {@code T} test).
 */
public record InterchangeHeader(String senderQualifier, String senderId, String receiverQualifier, String receiverId,
                                String controlNumber, String usage) {

    /** No interchange header was read. */
    public static final InterchangeHeader NONE = new InterchangeHeader("", "", "", "", "", "");

    public InterchangeHeader {
        Objects.requireNonNull(senderQualifier, "senderQualifier");
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(receiverQualifier, "receiverQualifier");
        Objects.requireNonNull(receiverId, "receiverId");
        Objects.requireNonNull(controlNumber, "controlNumber");
        Objects.requireNonNull(usage, "usage");
    }
}
