package org.medcoder.coding.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.medcoder.nlp.ContextFlag;

/**
 * The ICD-10-CM Official Guidelines (FY2026) rules applied to diagnosis proposals: context (negated, family,
 * hypothetical, historical, uncertain), the setting's rule for uncertain diagnoses, symptoms integral to a
 * confirmed diagnosis, and combination codes.
 */
public final class GuidelineRules {

    /**
     * Symptom category → the diagnoses it is a defining part of (I.B.5: "signs and symptoms that are associated
     * routinely with a disease process should not be assigned as additional codes"). Only pairs where the symptom
     * is part of what the diagnosis means: fever in sepsis, influenza and pneumonia, cough in
     * pneumonia and bronchitis, dyspnea in heart
     * failure and asthma, chest pain in angina and infarction, abdominal pain in appendicitis, acute
     * cholecystitis and pancreatitis, renal colic in urinary calculus, headache in migraine and other headache
     * syndromes, vomiting in gastroenteritis, hematuria in hemorrhagic cystitis, edema in nephrotic syndrome. A
     * symptom that is not routinely part of the diagnosis is coded beside it (I.B.6), e.g. fever with an HIV
     * infection or hematuria with a bladder tumour.
     */
    private static final Map<String, String[]> INTEGRAL = Map.ofEntries(
            Map.entry("R50", new String[] {"A40", "A41", "J09", "J10", "J11", "J12", "J13", "J14", "J15", "J16", "J17",
                "J18"}),
            Map.entry("R05", new String[] {"J12", "J13", "J14", "J15", "J16", "J17", "J18", "J20", "J40", "J41", "J42"}),
            Map.entry("R06", new String[] {"I50", "J45", "J441"}),
            Map.entry("R07", new String[] {"I20", "I21", "I22", "I24"}),
            Map.entry("R10", new String[] {"K35", "K36", "K37", "K810", "K85", "N20", "N21", "N23"}),
            Map.entry("R51", new String[] {"G43", "G44"}),
            Map.entry("R11", new String[] {"A08", "A09"}),
            Map.entry("R31", new String[] {"N3001", "N3011", "N3021", "N3031", "N3041", "N3081", "N3091"}),
            Map.entry("R60", new String[] {"N04"}));

    /** Width of the probability band just below the threshold where codes kept for review keep their order. */
    static final double REVIEW_BAND = 1e-4;

    private GuidelineRules() {
    }

    /**
     * Context rules: a finding whose every mention is negated, someone else's or hypothetical is not coded; a past
     * condition becomes its personal-history code; an uncertain one is dropped outpatient (IV.H) and kept
     * inpatient (II.H). Decisions are reported through {@code decide(proposal, text)}. Codes not coded are removed.
     */
    public static List<Proposal> applyContext(List<Proposal> in, boolean outpatient, boolean settingRules,
            BiConsumer<Proposal, String> decide) {
        return applyContext(in, outpatient, settingRules, Double.NaN, decide);
    }

    /**
     * The context rules as above, but a code of the patient's own that is not coded because of its context
     * (negated, hypothetical, a past condition replaced by its history code, uncertain outpatient) stays in the list
     * for the coder's review with its probability capped just below {@code ceiling} (the proposal threshold), so it
     * is never proposed and is shown under "also consider" with the reason. Context detection is wrong for about
     * one finding in eight (docs/coding.md), and the coder is the one who decides. A relative's condition is not the
     * patient's and is removed (its family-history code is proposed instead).
     *
     * @param ceiling the probability from which codes are proposed; NaN removes codes not coded
     */
    public static List<Proposal> applyContext(List<Proposal> in, boolean outpatient, boolean settingRules,
            double ceiling, BiConsumer<Proposal, String> decide) {
        List<Proposal> out = new ArrayList<>();
        for (Proposal p : in) {
            Candidate c = p.candidate;
            if (c == null || c.structured() || c.occurrenceCount() == 0) {
                out.add(p);
            } else if (every(c, ContextFlag.NEGATED)) {
                review(out, p, "negated: not coded", ceiling, decide);
            } else if (every(c, ContextFlag.FAMILY)) {
                String z = HistoryCodes.family(p.code);
                decide.accept(p, "family member's condition: not coded" + (z.isEmpty() ? "" : "; family history "
                        + z + " for review (I.C.21.c.4, III.A)"));
                // III.A / IV.J: a family history code "may be used" when the family history has an impact on
                // current care or influences treatment, which the note rarely says: offered, not proposed.
                Proposal derived = addDerived(out, p, z, "I.C.21.c.4 family history");
                if (derived != null && !Double.isNaN(ceiling)) {
                    cap(derived, ceiling, "family history affects current care only when the provider says so (III.A)");
                }
            } else if (every(c, ContextFlag.HYPOTHETICAL)) {
                review(out, p, "hypothetical or planned: not coded", ceiling, decide);
            } else if (every(c, ContextFlag.HISTORICAL) && !HistoryCodes.personal(p.code).isEmpty()) {
                String z = HistoryCodes.personal(p.code);
                Proposal original = p;
                addDerived(out, p, z, "I.C.21.c.4 personal history");
                review(out, original, "past condition: personal history " + z + " proposed instead (I.C.21.c.4)",
                        ceiling, decide);
            } else if (every(c, ContextFlag.UNCERTAIN) && settingRules && outpatient) {
                review(out, p, "uncertain diagnosis, outpatient: not coded; code the signs and symptoms (IV.H)",
                        ceiling, decide);
            } else {
                if (every(c, ContextFlag.UNCERTAIN) && settingRules) {
                    p.guidelines.add("II.H uncertain diagnosis at discharge coded as established (inpatient)");
                }
                out.add(p);
            }
        }
        return out;
    }

    /** Reports the decision and, when a ceiling is given, keeps the code below it for review. */
    private static void review(List<Proposal> out, Proposal p, String why, double ceiling,
            BiConsumer<Proposal, String> decide) {
        decide.accept(p, why);
        if (!Double.isNaN(ceiling)) {
            cap(p, ceiling, why);
            out.add(p);
        }
    }

    /**
     * Keeps a code just below the proposal threshold for review. Codes above the threshold keep their order (a
     * stronger candidate stays ahead in the ranking the coder reviews) inside a band {@link #REVIEW_BAND} wide.
     */
    private static void cap(Proposal p, double ceiling, String why) {
        if (p.probability >= ceiling) {
            p.probability = belowThreshold(p.probability, ceiling);
        }
        p.guidelines.add("not proposed, for review only: " + why);
    }

    /**
     * A probability just below {@code ceiling} inside the band {@link #REVIEW_BAND} wide that keeps the order of the
     * probabilities above it (a stronger candidate stays ahead).
     */
    public static double belowThreshold(double probability, double ceiling) {
        return Math.nextDown(ceiling - REVIEW_BAND * (1 - Math.min(1, probability)));
    }

    /**
     * Whether the context rules keep this candidate's code from being proposed as it is, in any setting: every
     * mention negated, a relative's, hypothetical, or a past condition that has a personal-history code. The
     * classifier's proposal threshold is fitted on the candidates that can be proposed.
     */
    public static boolean notCodedAsIs(Candidate c) {
        if (c == null || c.structured() || c.occurrenceCount() == 0) {
            return false;
        }
        return every(c, ContextFlag.NEGATED) || every(c, ContextFlag.FAMILY) || every(c, ContextFlag.HYPOTHETICAL)
                || (every(c, ContextFlag.HISTORICAL) && !HistoryCodes.personal(c.code()).isEmpty());
    }

    /** Every mention carries the flag (the shares are sums of 1/n, so allow for rounding). */
    private static boolean every(Candidate c, ContextFlag flag) {
        return c.contextShare(flag.ordinal()) >= 1 - 1e-9;
    }

    private static Proposal addDerived(List<Proposal> out, Proposal p, String code, String guideline) {
        if (code.isEmpty()) {
            return null;
        }
        Proposal z = new Proposal(code, p.probability, p.candidate);
        z.guidelines.add(guideline);
        z.derivedFrom = p.code;
        out.add(z);
        return z;
    }

    /**
     * Drops symptom codes that are integral to a confirmed diagnosis in the same list (I.B.5, I.C.18.b), reporting
     * each through {@code decide}, so it can still be offered for review ({@link ReviewCodes}; the coder decides
     * whether the symptom is routine here, I.B.6).
     */
    public static void dropIntegralSymptoms(List<Proposal> proposals, BiConsumer<Proposal, String> decide) {
        Iterator<Proposal> it = proposals.iterator();
        while (it.hasNext()) {
            Proposal p = it.next();
            String[] ranges = p.code.length() >= 3 ? INTEGRAL.get(p.code.substring(0, 3)) : null;
            if (ranges == null) {
                continue;
            }
            for (Proposal q : proposals) {
                if (q != p && !q.code.startsWith("R") && startsWithAny(q.code, ranges)) {
                    decide.accept(p, "symptom integral to " + dotted(q.code) + ": not coded separately (I.B.5)");
                    it.remove();
                    break;
                }
            }
        }
    }

    /**
     * Prefers combination codes (I.A.15 "with", I.C.4.a, I.C.9.a): type 2 diabetes with chronic kidney disease
     * becomes E11.22; hypertension with heart failure and/or chronic kidney disease becomes I11.0, I12.x or I13.x.
     */
    public static void combine(List<Proposal> proposals) {
        Proposal ckd = find(proposals, "N18");
        Proposal hf = find(proposals, "I50");
        Proposal diabetes = find(proposals, "E119");
        if (diabetes != null && ckd != null) {
            replace(diabetes, "E1122", "I.A.15 / I.C.4.a diabetes with chronic kidney disease (combination code)");
        }
        Proposal htn = find(proposals, "I10");
        if (htn == null || (ckd == null && hf == null)) {
            return;
        }
        boolean stage5 = ckd != null && (ckd.code.equals("N185") || ckd.code.equals("N186"));
        String code = ckd == null ? "I110" : hf == null ? (stage5 ? "I120" : "I129") : (stage5 ? "I132" : "I130");
        replace(htn, code, "I.C.9.a hypertension with heart and/or chronic kidney disease (combination code)");
    }

    private static void replace(Proposal p, String code, String guideline) {
        p.derivedFrom = p.code;
        p.code = code;
        p.guidelines.add(guideline);
    }

    private static Proposal find(List<Proposal> proposals, String prefix) {
        for (Proposal p : proposals) {
            if (p.code.startsWith(prefix)) {
                return p;
            }
        }
        return null;
    }

    private static boolean startsWithAny(String code, String[] prefixes) {
        for (String p : prefixes) {
            if (code.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    static String dotted(String code) {
        return code.length() <= 3 ? code : code.substring(0, 3) + "." + code.substring(3);
    }
}
