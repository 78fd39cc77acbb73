package org.medcoder.coding.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.medcoder.codesets.PcsAxis;
import org.medcoder.codesets.PcsAxisValue;
import org.medcoder.codesets.PcsRow;
import org.medcoder.codesets.PcsTable;
import org.medcoder.nlp.AnalyzedNote;

/**
 * Characters 5-7 of one procedure a note names, and the trail of every character: the approach, device and
 * qualifier the sentence states when the table row allows them, else the value the ICD-10-PCS Official Guidelines
 * give (B6.1a: no device remains → No Device; B3.4a: a biopsy takes the qualifier Diagnostic) or, where the text and
 * the guidelines are silent, the first value the row lists (the coder checks it; the trail says so).
 */
final class PcsAssembly {

    private final AnalyzedNote note;
    private final PcsBuilder.Found op;
    private final String title;
    private final boolean diagnostic;
    private final PcsBuilder.Found approach;
    private final PcsBuilder.Found device;
    /** The stated device's title in lower case (a row's device value matches when its label starts with it). */
    private final String deviceTitle;
    private final PcsBuilder.Found partial;

    PcsAssembly(AnalyzedNote note, PcsBuilder.Found op, int[] window, List<PcsBuilder.Found> modifiers) {
        this.note = note;
        this.op = op;
        int sentence = note.tokens().get(op.from()).sentence();
        PcsBuilder.Found d = null;
        PcsBuilder.Found a = null;
        PcsBuilder.Found dev = null;
        PcsBuilder.Found part = null;
        for (PcsBuilder.Found m : modifiers) {
            boolean inWindow = m.from() < window[1] && m.to() > window[0];
            boolean inSentence = note.tokens().get(m.from()).sentence() == sentence;
            switch (m.cue().kind()) {
                case DIAGNOSTIC -> d = d == null && inWindow ? m : d;
                case PARTIAL -> part = part == null && inWindow ? m : part;
                case APPROACH -> a = inSentence && (a == null || distance(m) < distance(a)) ? m : a;
                case DEVICE -> dev = dev == null && inSentence ? m : dev;
                default -> { }
            }
        }
        this.diagnostic = d != null;
        this.approach = a;
        this.device = dev;
        this.deviceTitle = dev == null ? null : dev.cue().value().toLowerCase(Locale.ROOT);
        this.partial = part;
        // Definitions: Resection is "all of a body part", Excision "a portion of"; "partial gastrectomy" is Excision.
        this.title = part != null && op.title().equals("Resection") ? "Excision" : op.title();
    }

    private int distance(PcsBuilder.Found m) {
        return Math.abs(m.from() - op.from());
    }

    /** The operation (or imaging type) title the code is built under. */
    String title() {
        return title;
    }

    /**
     * The code for one body-part value, from the first row of its table that allows the stated approach (imaging:
     * no contrast unless stated).
     *
     * @param body the tokens that name the body part, {@code {from, to}}
     */
    Optional<PcsBuilder.Match> build(PcsBodyParts.Entry e, int[] body) {
        PcsTable t = e.table();
        char statedApproach = statedApproach();
        char wanted = statedApproach == 0 && t.prefix().charAt(0) == 'B' ? 'Z' : statedApproach;
        PcsRow row = null;
        int rowIndex = -1;
        int best = -1;
        for (int r = 0; r < t.rows().size(); r++) {
            PcsRow candidate = t.rows().get(r);
            int score = fit(candidate, e.value().code(), wanted);
            if (score > best) {
                best = score;
                row = candidate;
                rowIndex = r;
            }
        }
        if (row == null) {
            return Optional.empty();
        }
        StringBuilder trail = new StringBuilder();
        trail.append("PCS table ").append(t.prefix()).append(" row ").append(rowIndex + 1).append(": ");
        trail.append(t.headerValue(1).code()).append(' ').append(t.headerValue(1).label()).append("; ");
        trail.append(t.headerValue(2).code()).append(' ').append(t.headerValue(2).label()).append("; ");
        trail.append(t.headerValue(3).code()).append(' ').append(t.headerValue(3).label()).append(" ← ")
                .append(quote(op.from(), op.to()));
        if (partial != null && !title.equals(op.title())) {
            trail.append(" with ").append(quote(partial.from(), partial.to())).append(" (a portion: Excision)");
        }
        trail.append("; ").append(e.value().code()).append(' ').append(e.value().label()).append(" ← ")
                .append(quote(body[0], body[1])).append(e.alias().isEmpty() ? "" : " (Definitions: " + e.alias() + ")");
        int stated = 2;
        char[] code = new char[7];
        t.prefix().getChars(0, 3, code, 0);
        code[3] = e.value().code();
        stated += approach(row, statedApproach, code, trail);
        stated += device(row, code, trail);
        stated += qualifier(row, code, trail);
        int from = Math.min(op.from(), body[0]);
        int to = Math.max(op.to(), body[1]);
        return Optional.of(new PcsBuilder.Match(new String(code), from, to, trail.toString(), stated));
    }

    /**
     * How well a row fits what the note states (-1: not this body part): the stated approach first, then the device
     * (the stated one, else No Device, B6.1a), then the qualifier (Diagnostic for a biopsy, B3.4a, else none).
     */
    private int fit(PcsRow row, char bodyPart, char wantedApproach) {
        if (row.axis(4).value(bodyPart).isEmpty()) {
            return -1;
        }
        int score = wantedApproach != 0 && row.axis(5).value(wantedApproach).isPresent() ? 4 : 0;
        boolean deviceFits = device == null ? row.axis(6).value('Z').isPresent()
                : row.axis(6).values().stream().anyMatch(this::isStatedDevice);
        score += deviceFits ? 2 : 0;
        return score + (row.axis(7).value(diagnostic ? 'X' : 'Z').isPresent() ? 1 : 0);
    }

    private char statedApproach() {
        if (approach != null) {
            return approach.cue().value().charAt(0);
        }
        boolean through = title.equals("Inspection") || title.equals("Drainage");
        return op.form() != null && through ? op.form().approach() : 0;
    }

    private int approach(PcsRow row, char stated, char[] code, StringBuilder trail) {
        PcsAxis axis = row.axis(5);
        if (stated != 0 && axis.value(stated).isPresent()) {
            code[4] = stated;
            String from = approach != null ? quote(approach.from(), approach.to()) : quote(op.from(), op.to());
            append(trail, axis.value(stated).get(), from);
            return 1;
        }
        if (code[0] == 'B') {
            // Imaging character 5 is the contrast: none unless the note names one.
            return pick(axis, 'Z', code, 4, trail, "no contrast stated");
        }
        code[4] = axis.values().get(0).code();
        // Section 5: character 5 is the duration, not an approach.
        append(trail, axis.values().get(0), axis.title().toLowerCase(Locale.ROOT) + " not stated: first value of the row, check it");
        return 0;
    }

    private int device(PcsRow row, char[] code, StringBuilder trail) {
        PcsAxis axis = row.axis(6);
        if (device != null) {
            for (PcsAxisValue v : axis.values()) {
                if (isStatedDevice(v)) {
                    code[5] = v.code();
                    append(trail, v, quote(device.from(), device.to()));
                    return 1;
                }
            }
        }
        return pick(axis, 'Z', code, 5, trail, code[0] == 'B' ? "no qualifier stated"
                : "B6.1a: no device stated to remain");
    }

    private boolean isStatedDevice(PcsAxisValue v) {
        return v.label().toLowerCase(Locale.ROOT).startsWith(deviceTitle);
    }

    private int qualifier(PcsRow row, char[] code, StringBuilder trail) {
        PcsAxis axis = row.axis(7);
        if (diagnostic && axis.value('X').isPresent()) {
            code[6] = 'X';
            append(trail, axis.value('X').get(), "B3.4a: biopsy");
            return 1;
        }
        return pick(axis, 'Z', code, 6, trail, "no qualifier stated");
    }

    /** The preferred value when the row allows it (0 stated characters), else the row's first value. */
    private static int pick(PcsAxis axis, char preferred, char[] code, int index, StringBuilder trail, String why) {
        Optional<PcsAxisValue> v = axis.value(preferred);
        PcsAxisValue chosen = v.orElse(axis.values().get(0));
        code[index] = chosen.code();
        append(trail, chosen, v.isPresent() ? why : "not stated: first value of the row, check it");
        return 0;
    }

    private static void append(StringBuilder trail, PcsAxisValue v, String source) {
        trail.append("; ").append(v.code()).append(' ').append(v.label()).append(" ← ").append(source);
    }

    private String quote(int from, int to) {
        return "\"" + note.span(from, to).in(note.text()) + "\"";
    }
}
