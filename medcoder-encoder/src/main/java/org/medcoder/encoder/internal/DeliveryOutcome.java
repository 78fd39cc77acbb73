package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;

/**
 * The outcome of delivery on the mother's record: "a code from category Z37, Outcome of delivery, should be
 * included on every maternal record when a delivery has occurred" (Guideline I.C.15.b.5), also when the
 * chapter 15 code that heads the record has no note asking for it (O80 and O82 have one; O60.1-, O70.- do not).
 * The outcome the statement states ("single liveborn", "twins, both liveborn", "stillborn") is looked up under the
 * index's "Outcome of delivery"; no outcome stated, no Z37 code (the coder asks).
 */
final class DeliveryOutcome {

    static final String LOOKUP = "outcome of delivery ";
    private static final String UNSPECIFIED = "Z379";
    private static final Pattern OUTCOME = Pattern.compile("\\b(?:(?:single|twins?|triplets?|quadruplets?"
            + "|quintuplets?|sextuplets?|multiple(?: births?)?)\\W+)?(?:(?:all|both|some|one)\\W+)?"
            + "(?:live-?born|still-?born|live births?|stillbirths?)\\b");

    /**
     * A delivered child stated alive without the index's word: "delivered a healthy singleton / baby girl" is a single
     * liveborn, "delivered healthy twins" twins both liveborn (a healthy or live child is liveborn, I.C.15.b.5).
     */
    private static final Pattern HEALTHY_CHILD = Pattern.compile("\\bdeliver(?:ed|y of)\\W+(?:an?\\W+)?"
            + "(?:healthy|live|living|viable)\\W+(?:(twins)|singleton|baby|infant|newborn|neonate)"
            + "(?:\\W+(?:boy|girl))?\\b");

    /**
     * A history word in the outcome's clause: "history of stillbirth" is an earlier pregnancy's outcome (O09.29-
     * "supervision of pregnancy with other poor reproductive or obstetric history"), not a delivery of this
     * encounter, and Z37 is for the record of a delivery only (I.C.15.b.5).
     */
    private static final Pattern PAST = Pattern.compile("\\b(?:history of|hx of|h/o|previous|prior|past|former)"
            + "\\b[^,;.]*$");

    /** The multiple birth of an outcome ("twins both liveborn") and its index word under "Pregnancy" (twin). */
    private static final Pattern MULTIPLE = Pattern.compile("\\b(twin|triplet|quadruplet|quintuplet|sextuplet)s?\\b");

    private final Engine engine;

    DeliveryOutcome(Engine engine) {
        this.engine = engine;
    }

    /** The codes with the stated outcome of delivery added after the chapter 15 codes; {@code r} otherwise. */
    EncodeResult apply(Statement s, EncodeResult r, EncodeOptions options) {
        String t = s.expanded;
        // Cheap literal test first (hot path): most statements name no birth at all.
        if (r.codes().isEmpty() || t.indexOf("born") < 0 && t.indexOf("birth") < 0 && t.indexOf("deliver") < 0
                || t.startsWith(LOOKUP) || !r.codes().get(0).code().value().startsWith("O")) {
            return r;
        }
        EncodedCode stated = r.codes().stream().filter(c -> c.code().value().startsWith("Z37")
                && !c.code().value().equals(UNSPECIFIED)).findFirst().orElse(null);
        if (stated != null) { // a note's outcome already there: only O80's single-birth rule applies
            List<EncodedCode> all = new ArrayList<>(r.codes());
            return multiple(stated.title().toLowerCase(java.util.Locale.ROOT), all, options) ? r.withCodes(all) : r;
        }
        Matcher m = OUTCOME.matcher(t);
        Matcher child = m.find() ? null : HEALTHY_CHILD.matcher(t);
        if (child != null && !child.find() || PAST.matcher(t.substring(0, (child != null ? child : m).start())).find()) {
            return r;
        }
        String outcome = child == null ? m.group() : child.group(1) != null ? "twins both liveborn" : "single liveborn";
        EncodeResult z = engine.encodePlain(LOOKUP + outcome, options);
        if (z.codes().isEmpty() || !z.codes().get(0).code().value().startsWith("Z37")) {
            return r;
        }
        // "Outcome of delivery" alone (Z37.9, a note's default) gives way to the outcome the statement states (I.A.18).
        List<EncodedCode> all = new ArrayList<>(r.codes().stream()
                .filter(c -> !c.code().value().equals(UNSPECIFIED)).toList());
        multiple(outcome, all, options);
        all.add(z.codes().get(0).withStep("a delivery occurred: a code from category Z37 is included on every"
                + " maternal record when a delivery has occurred (I.C.15.b.5)", List.of("I.C.15.b.5")));
        return r.withCodes(Coding.weeksLast(all));
    }

    /**
     * O80 is for a full-term delivery of a single, healthy infant: "Z37.0, Single live birth, is the only outcome of
     * delivery code appropriate for use with O80" (I.C.15.b.4). A stated multiple birth ("twins delivered by NSVD")
     * replaces O80 by the index's "Pregnancy, twin / triplet ..." code (O30.-, I.C.15.b.5), its trimester from the
     * weeks of gestation stated (Z3A.-; the trimesters of the chapter 15 note: under 14 weeks, 14 to under 28, 28
     * and over), else the unspecified trimester (I.C.15.a.3).
     */
    private boolean multiple(String outcome, List<EncodedCode> all, EncodeOptions options) {
        Matcher k = MULTIPLE.matcher(outcome);
        int o80 = indexOf(all, "O80");
        if (o80 < 0 || !k.find()) {
            return false;
        }
        int z3a = all.stream().filter(c -> c.code().value().startsWith("Z3A")).findFirst()
                .map(c -> c.code().value().substring(3)).filter(w -> w.chars().allMatch(Character::isDigit))
                .map(Integer::parseInt).orElse(0);
        String trimester = z3a == 0 ? "unspecified" : z3a < 14 ? "first" : z3a < 28 ? "second" : "third";
        EncodeResult p = engine.encodePlain(k.group(1) + " pregnancy, " + trimester + " trimester", options);
        if (!p.codes().isEmpty() && p.codes().get(0).code().value().startsWith("O3")) {
            all.set(o80, p.codes().get(0).withStep("a multiple birth is no O80 delivery: Z37.0 is the only outcome"
                    + " of delivery code for use with O80 (I.C.15.b.4)", List.of("I.C.15.b.4")));
            return true;
        }
        return false;
    }

    private static int indexOf(List<EncodedCode> all, String code) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).code().value().equals(code)) {
                return i;
            }
        }
        return -1;
    }
}
