package org.medcoder.encoder.internal;

import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clinicians' wordings of infections, histories and imaging findings that the Alphabetic Index has under other
 * words, rewritten to the index's (or a Tabular List title's) words, never to codes:
 * <ul>
 *   <li>"hep B", "HCV": Hepatitis, viral, type B / type C (the index has no "hep");</li>
 *   <li>"old stroke" / "old CVA": the index's "Old" has only myocardial infarction; a stroke the provider calls
 *       old, with no deficit named, is a history of cerebral infarction without residual deficits (Z86.73,
 *       I.C.9.d.3); one with a residual deficit stays a sequela (I69, "with ..." keeps the words);</li>
 *   <li>"history of latent TB": History, personal, latent tuberculosis infection (Z86.15), not the current
 *       latent infection (Z22.7);</li>
 *   <li>breast density as the mammography report grades it (BI-RADS a-d: "almost entirely fatty", "scattered
 *       fibroglandular", "heterogeneously dense", "extremely dense"): the FY2024 R92.3- titles "Mammographic ...
 *       density" (added after the index in use).</li>
 * </ul>
 */
final class StatusWording {

    /** Residual deficits of a stroke: with one named, "old stroke" is a sequela (I69), not a history. */
    private static final String NO_DEFICIT_NAMED = "(?![^;]*\\b(?:with\\b|sequela|hemipar|hemipleg|aphasi|dysphag"
            + "|dysarthr|weakness|ataxia|neglect|palsy|deficits? of\\b))";

    /** A residual deficit: optional side, then a deficit word (I69.3- subterms of Sequelae, infarction, cerebral). */
    private static final String DEFICIT_WORD = "(?:right |left |bilateral )?(?:sided )?"
            + "(?:(?:arm|leg|upper limb|lower limb|upper extremity|lower extremity) )?(?:hemipar|hemipleg|monopleg"
            + "|aphasi|dysphag|dysarthr|ataxi|facial weakness|facial droop|cognitive deficit)[a-z]*";

    /**
     * "old stroke, right hemiparesis" / "old CVA with aphasia" (stroke already read as cerebral infarction); a
     * "prior", "previous" or "remote" stroke, or a history of one, "with residual" deficit is the same sequela
     * (I.C.9.d.1; Z86.73 only when there is no residual deficit, I.C.9.d.3).
     */
    private static final Pattern OLD_THEN_DEFICIT = Pattern.compile("\\b(?:old|prior|previous|remote|history of) "
            + "cerebral infarction(?:,| with| and| -)? (?:residual )?(" + DEFICIT_WORD + "[^,;]*)");

    /**
     * "right hemiparesis from old stroke" / "aphasia due to old CVA" ("old stroke" at the end, with no deficit after
     * it, was already read as "history of cerebral infarction"): a deficit the provider links to the stroke. A
     * deficit "after" a stroke is one "following" it, the index's own word for a sequela (Hemiplegia, following,
     * cerebrovascular disease I69.-; I.C.9.d.1), whether or not the stroke is called old; an ischemic, embolic or
     * thrombotic stroke is still a cerebral infarction. So is a deficit the provider calls a late effect, sequela or
     * residual of the stroke ("aphasia as sequela of stroke": I69.320, not the acute I63.9; "left hemiparesis as
     * late effect of ischemic stroke": I69.354, not the unspecified I69.30). Group 2 is a bare "following"/"after",
     * which says no more than the order of events (see {@link #CURRENT}).
     */
    private static final Pattern DEFICIT_THEN_OLD = Pattern.compile("(?<![a-z])(" + DEFICIT_WORD
            + ")(?: (?:following|from|due to|after|secondary to) (?:an? )?(?:old|history of) "
            + "| (following|after) (?:an? )?|,? (?:as )?(?:an? )?(?:late effects?|sequelae?|residual) (?:of|from) "
            + "(?:an? |the )?(?:(?:old|prior|previous|remote) )?)(?:(?:ischemic|embolic|thrombotic|lacunar) )?"
            + "cerebral infarction\\b");

    /**
     * Words that make a stroke current: a deficit "after" it during the same episode is a deficit of the acute
     * stroke (I63 with the deficit's code), not a sequela; I69 is for deficits that persist after the episode
     * (I.C.9.d.1; I.C.9.d.3 for a current stroke with deficits of an old one).
     */
    private static final Pattern CURRENT = Pattern.compile("\\b(?:acute|new|current|evolving|yesterday|today"
            + "|this morning|last night|tonight|this admission|admitted|admission|\\d+ (?:hours?|days?) ago)\\b");

    private StatusWording() {
    }

    /**
     * "Old stroke" with a residual deficit named anywhere in its part is a sequela (Sequelae, infarction, cerebral,
     * &lt;deficit&gt; I69.3-; I.C.9.d.1), never an acute infarction (I63) nor a history without deficits (Z86.73 is
     * only for no residual deficits, I.C.9.d.3): rewritten to the index's "&lt;deficit&gt; following cerebral
     * infarction" (the dominance of a sided paralysis is written out after, {@link HandDominance}). Runs only
     * when "cerebral infarction" is in the text.
     */
    static String oldStrokeDeficit(String t) {
        if (!t.contains("cerebral infarction")
                || !t.contains("old ") && !t.contains("history of") && !t.contains("after") && !t.contains("following")
                && !t.contains("prior") && !t.contains("previous") && !t.contains("remote")
                && !t.contains("late effect") && !t.contains("sequela") && !t.contains("residual")) {
            return t;
        }
        Matcher m = OLD_THEN_DEFICIT.matcher(t);
        if (!m.find()) {
            m = DEFICIT_THEN_OLD.matcher(t);
            if (!m.find() || m.group(2) != null && CURRENT.matcher(t).find()) {
                return t;
            }
        }
        return t.substring(0, m.start()) + sequela(m.group(1).strip()) + t.substring(m.end());
    }

    private static String sequela(String deficit) {
        return deficit + " following cerebral infarction";
    }

    /** Adds the variants that must be tried before the core list ("stroke", "tb", "hx" are expanded there). */
    static void registerFirst(BiConsumer<String, String> put) {
        put.accept("(?:old cva|old stroke|old cerebral infarction|old cerebrovascular accident)" + NO_DEFICIT_NAMED,
                "history of cerebral infarction");
        for (String history : new String[] {"history of", "h/o", "hx of", "hx", "personal history of"}) {
            put.accept(history + " (?:latent tb|latent tuberculosis|ltbi)(?: infection)?",
                    "personal history of latent tuberculosis infection");
        }
        for (String letter : new String[] {"a", "b", "c", "d", "e"}) {
            put.accept("hep " + letter + "|hep\\. " + letter + "|hep-" + letter, "hepatitis " + letter);
        }
        put.accept("utis", "urinary tract infections");
        put.accept("hav", "hepatitis a");
        // HIV-associated lipodystrophy E88.14 (FY2025 title), after B20 (I.C.1.a.2.a).
        put.accept("hiv lipodystrophy|hiv-related lipodystrophy|lipodystrophy due to hiv|hiv-induced lipodystrophy",
                "lipodystrophy associated with human immunodeficiency virus disease");
        put.accept("cns", "central nervous system");
        lungLobes(put);
        put.accept("hbv", "hepatitis b");
        put.accept("hcv", "hepatitis c");
        breastDensity(put);
    }

    /**
     * A lobe named upper, middle or lower with no organ is a lobe of the lung (the only organ the Neoplasm table
     * divides so: "lung, lower lobe" C34.3-; brain lobes are frontal, temporal ...), as the lobe abbreviations
     * RUL, RLL ... read ({@link SideWording}).
     */
    private static void lungLobes(BiConsumer<String, String> put) {
        for (String side : new String[] {"right ", "left ", ""}) {
            for (String level : new String[] {"upper", "middle", "lower"}) {
                put.accept(side + level + " lobe(?!s)(?! of)(?![^,;]*\\b(?:lung|bronch|pulmonary|liver|thyroid))",
                        side + level + " lobe of lung");
            }
        }
    }

    /**
     * Mammographic breast density by its BI-RADS grade, in the words of R92.31- to R92.34- (FY2024 Tabular List):
     * "fatty tissue density", "fibroglandular density", "heterogeneous density", "extreme density".
     */
    private static void breastDensity(BiConsumer<String, String> put) {
        put.accept("heterogeneously dense(?: breast tissue| breasts?| fibroglandular tissue)?",
                "mammographic heterogeneous density breast");
        put.accept("extremely dense(?: breast tissue| breasts?| fibroglandular tissue)?",
                "mammographic extreme density breast");
        put.accept("scattered (?:areas of )?fibroglandular (?:density|densities|tissue)",
                "mammographic fibroglandular density breast");
        put.accept("almost entirely fatty(?: breast tissue| breasts?)?"
                + "|predominantly fatty(?: breast tissue| breasts?)?",
                "mammographic fatty tissue density breast");
    }
}
