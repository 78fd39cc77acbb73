package org.medcoder.encoder.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A one-sided hearing loss with the other ear said to hear normally ("left ear, normal hearing right ear"), in the
 * words of the H90 titles: "with unrestricted hearing on the contralateral side" (H90.11-H90.12, H90.41-H90.42,
 * H90.71-H90.72). The Tabular List title names the detail, so the statement is read with it (I.B.1); the ear with
 * the loss stays the code's side (I.B.13).
 */
final class ContralateralHearing {

    /** The other ear's normal hearing, in the clinicians' orders: "normal hearing (in the) right ear", "right ear normal". */
    private static final Pattern NORMAL = Pattern.compile("(?:,\\s*|;\\s*|\\s+(?:and|with)\\s+)?(?:normal hearing"
            + " (?:in |on |of )?(?:the )?(right|left)(?: ear| side)?|(right|left) ear (?:hearing )?(?:is )?normal)\\b");
    /** The side of the ear with the loss. */
    private static final Pattern LOSS_SIDE = Pattern.compile("\\b(right|left) ear\\b");

    private ContralateralHearing() {
    }

    /** The text with the other ear's normal hearing in the title's words; unchanged unless both sides are said. */
    static String rewrite(String t) {
        if (!t.contains("normal") || !t.contains("hearing loss") && !t.contains("deafness")) {
            return t;
        }
        Matcher m = NORMAL.matcher(t);
        if (!m.find()) {
            return t;
        }
        String normal = m.group(1) != null ? m.group(1) : m.group(2);
        String rest = t.substring(0, m.start()) + t.substring(m.end());
        Matcher loss = LOSS_SIDE.matcher(rest);
        if (!loss.find() || loss.group(1).equals(normal)) {
            return t;
        }
        return rest.strip() + " with unrestricted hearing on the contralateral side";
    }
}
