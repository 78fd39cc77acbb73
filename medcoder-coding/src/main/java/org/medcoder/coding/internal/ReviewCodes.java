package org.medcoder.coding.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Keeps the diagnoses that the guideline rules take out of the proposals in the ranking, for the coder's review:
 * a symptom integral to a proposed diagnosis (I.B.5), a code an Excludes1 note forbids beside a kept one
 * (I.A.12.a), a chronic kidney disease code at another stage than the one documented (I.C.14.a.1), and the
 * separate codes a combination code replaced (I.A.15, I.C.4.a, I.C.9.a). Such a code is never proposed: its
 * probability is capped just below the proposal threshold and the reason is attached, as for the codes the context
 * rules keep for review ({@link GuidelineRules#applyContext}). The rules follow the Official Guidelines, but the
 * note may say otherwise (two unrelated conditions, a symptom that is not routine), and the coder decides.
 *
 * <p>Usage: {@link #before} the rules run on the proposals, {@link #decide} wrapped around the decision callback the
 * rules report through, {@link #after} they ran.
 */
public final class ReviewCodes {

    private final double threshold;
    private final List<Proposal> before;
    private final Map<Proposal, String> codes = new IdentityHashMap<>();
    private final Map<Proposal, String> reasons = new IdentityHashMap<>();

    private ReviewCodes(List<Proposal> proposals, double threshold) {
        this.threshold = threshold;
        this.before = new ArrayList<>(proposals);
        proposals.forEach(p -> codes.put(p, p.code));
    }

    /** Remembers the proposals (and their codes) before the rules run; {@code threshold} is the proposal threshold. */
    public static ReviewCodes before(List<Proposal> proposals, double threshold) {
        return new ReviewCodes(proposals, threshold);
    }

    /** The callback {@code decide} that also remembers each decision's reason for the review entry. */
    public BiConsumer<Proposal, String> decide(BiConsumer<Proposal, String> decide) {
        return (p, why) -> {
            reasons.putIfAbsent(p, why);
            decide.accept(p, why);
        };
    }

    /**
     * The codes for review after the rules ran: each proposal removed from {@code proposals}, and the former code
     * of each proposal whose code a rule replaced (a combination code), capped below the threshold; none that is
     * still proposed, and each code once.
     */
    public List<Proposal> after(List<Proposal> proposals) {
        Set<Proposal> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(proposals);
        Set<String> proposed = new LinkedHashSet<>();
        proposals.forEach(p -> proposed.add(p.code));
        List<Proposal> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Proposal p : before) {
            String was = codes.get(p);
            if (!kept.contains(p)) {
                add(out, seen, proposed, p, reasons.getOrDefault(p, "not proposed with " + String.join(", ",
                        dotted(proposed))));
            } else if (!p.code.equals(was)) {
                Proposal former = new Proposal(was, p.probability, p.candidate);
                add(out, seen, proposed, former, "reported as " + GuidelineRules.dotted(p.code) + " ("
                        + (p.guidelines.isEmpty() ? "guideline rule" : p.guidelines.get(p.guidelines.size() - 1)) + ")");
            }
        }
        return out;
    }

    private void add(List<Proposal> out, Set<String> seen, Set<String> proposed, Proposal p, String why) {
        if (proposed.contains(p.code) || !seen.add(p.code)) {
            return;
        }
        // Below the threshold in the same band as the context rules' review codes (GuidelineRules.cap), so a
        // stronger candidate stays ahead: a plain cap made them all equal, ordered by code.
        p.probability = Math.min(p.probability, GuidelineRules.belowThreshold(p.probability, threshold));
        p.guidelines.add("not proposed, for review only: " + why);
        out.add(p);
    }

    private static List<String> dotted(Set<String> codes) {
        return codes.stream().limit(3).map(GuidelineRules::dotted).toList();
    }
}
