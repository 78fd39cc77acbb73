package org.medcoder.encoder.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.medcoder.codesets.AppliedNote;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.NoteKind;
import org.medcoder.core.IcdCmCode;
import org.medcoder.encoder.EncodedCode;

/**
 * Clauses that state a condition a coder codes on its own although another connector than "and" joins it
 * ({@link StatedConditions}, after {@link Coexisting}):
 * <ul>
 *   <li>the cause after "due to", "secondary to", "from", "caused by", "because of" ("secondary polycythemia due to
 *       obstructive sleep apnea" D75.1 G47.33; "anemia due to chronic blood loss from uterine fibroids" D50.0
 *       D25.9): when no combination code includes it, the cause is a condition of its own and is coded too
 *       (I.B.7 multiple coding, I.B.9, IV.J). In a statement of two clauses the condition before the cause is coded
 *       too when the best index path read only the cause ("depression secondary to chronic pain syndrome": the
 *       path reached G89.4; F32.A first, as written);</li>
 *   <li>the patient's other condition after "in (a) patient with" ("stage 2 sacral pressure ulcer in patient with
 *       paraplegia" L89.152 G82.20; IV.J);</li>
 *   <li>a cause an assigned code's "code first" or "code also" note asks for without naming it ("underlying
 *       condition", "associated mental disorder": I15, F06, F51.05, N52.1), even when the index path took the cause
 *       as its "due to" subterm, if the code's title names only the cause's kind ("Insomnia, due to, depression"
 *       F51.05 "... due to other mental disorder"; not H40.84- "Neovascular ... glaucoma", whose path took
 *       "rubeosis"): a "code first" note puts the cause first (I.A.13), "code also" leaves the statement's order
 *       (I.A.17).</li>
 * </ul>
 * The clause is not coded when an assigned code already says it: its title holds every word of the clause, an
 * inclusion term of it does (I.A.11), or its index path holds a word of the clause the condition's own words do not
 * ("anemia in CKD" reaches "Anemia, in, chronic kidney disease"; I.A.15, I.B.9); nor when it is a symptom, a status,
 * an external cause, a drug or an organism, each of which other rules code ({@link Coexisting#coded}). Neither is a
 * drug "taken as prescribed" (an adverse effect, I.C.19.e.5.a), an infection named as the cause (chapter 1's notes
 * and B95-B97, I.C.1), a newborn's or a pregnancy's condition (I.C.16.a, I.C.15.a: "neonatal abstinence syndrome
 * from maternal opioid use" P96.1), nor an unspecified code of an assigned code's chapter, mostly that condition in
 * other words ("gout due to renal impairment" beside CKD: no N28.9). The condition before the cause is coded only
 * when the assigned codes' index paths hold none of its words and it is of another main term ("calcified pleural
 * plaques from asbestos exposure": "Plaque, pleural, with asbestos" J92.0 read it).
 */
final class OwnClauses {

    private static final Set<String> CAUSES = Set.of("due to", "secondary to", "from", "caused by", "because of");

    /** A drug taken as prescribed: its adverse effect is AdverseEffects' (I.C.19.e.5.a), not a condition. */
    private static final Pattern PRESCRIBED = Pattern.compile(
            "\\b(?:taken|as (?:directed|prescribed)|correct(?:ly)? (?:dose|taken)|properly administered)\\b");

    /** A title naming only the kind of its cause ("Insomnia due to other mental disorder", N52.1, F06.4). */
    private static final Pattern GENERIC_CAUSE = Pattern.compile(
            "(?:due|secondary) to (?:other|known physiological|medical condition)|classified elsewhere");

    private final IcdCmRelease release;

    OwnClauses(IcdCmRelease release) {
        this.release = release;
    }

    /** Whether the clause opens with a connector naming a cause. */
    static boolean cause(StatedConditions.Clause c) {
        return CAUSES.contains(c.connector());
    }

    private static boolean patient(StatedConditions.Clause c) {
        return c.connector().startsWith("in ") && c.connector().endsWith(" with");
    }

    /**
     * Whether the clause belongs to the statement's first condition: no comma, semicolon or parenthesis opens a
     * clause between them. After one, the cause may be of something else ("hyperkalemia, missed dialysis sessions
     * because of admission for pneumonia": the admission explains the missed sessions, no condition of the visit).
     */
    private static boolean ofTheCondition(StatedConditions.Clause c, List<StatedConditions.Clause> clauses) {
        for (int i = 1; i <= c.index(); i++) {
            String k = clauses.get(i).connector();
            if (k.equals(",") || k.equals(";") || k.equals("(") || k.equals(")")) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code y}, the code of clause {@code c}, is a condition of its own to code beside {@code codes}. */
    boolean coded(StatedConditions.Clause c, EncodedCode y, List<EncodedCode> codes,
            List<StatedConditions.Clause> clauses) {
        boolean head = c.index() == 0 && clauses.size() == 2 && cause(clauses.get(1));
        String v = y.code().value();
        if (!head && !(c.index() > 0 && (cause(c) || patient(c)) && ofTheCondition(c, clauses))
                || v.charAt(0) == 'A' || v.charAt(0) == 'B' || PRESCRIBED.matcher(c.text()).find()) {
            return false;
        }
        // A note asking for the cause wants it even when the index path read it as a "due to" subterm, if the
        // code's title names only the cause's kind; secondary hypertension always takes two codes (I.C.9.a.6).
        boolean asked = !head && cause(c) && codes.stream().anyMatch(x -> underlying(x.code()) != null
                && (GENERIC_CAUSE.matcher(x.title().toLowerCase(Locale.ROOT)).find()
                || x.code().value().startsWith("I15")));
        // Secondary hypertension (I15) is never presumed, unlike I10-I13 (HypertensionLink): its own "code also"
        // note asks for the cause (I.C.9.a.6).
        if (asked || v.startsWith("I15") ? !StatedKinds.condition(v) || v.charAt(0) == 'R'
                || codes.stream().anyMatch(x -> x.code().category().equals(y.code().category()))
                : !Coexisting.coded(c, y, codes)) {
            return false;
        }
        for (EncodedCode x : codes) {
            if (says(x, c, y, asked) || (head ? pathHasAWord(x, c.stems()) || Coexisting.sameMainTerm(x, y)
                    : !asked && pathHasOwnWord(x, c, clauses.get(0)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the assigned code {@code x} says the clause or leaves it to another rule: its title or an inclusion
     * term holds it, it is a newborn's or a pregnancy's code, or {@code y} is an unspecified code of its chapter
     * that no note asks for.
     */
    private boolean says(EncodedCode x, StatedConditions.Clause c, EncodedCode y, boolean asked) {
        char chapter = x.code().value().charAt(0);
        boolean unspecified = y.title().toLowerCase(Locale.ROOT).contains("unspecified");
        return CodeKinds.saysClause(c, x) || Coexisting.includes(x, c, y, release) || chapter == 'P' || chapter == 'O'
                || unspecified && !asked && chapter(x.code().value()) == chapter(y.code().value());
    }

    /**
     * Places {@code y}: before the code whose "code first" note asks for the underlying condition (I.A.13), else as
     * written (the condition first, its cause after; IV.J).
     */
    void place(List<EncodedCode> codes, EncodedCode y, StatedConditions.Clause c) {
        if (c.index() == 1 && cause(c) && y.code().value().charAt(0) != 'R') {
            codes.removeIf(x -> explained(x, y, codes));
        }
        for (int i = 0; i < codes.size(); i++) {
            NoteKind k = c.index() > 0 && cause(c) ? underlying(codes.get(i).code()) : null;
            if (k != null) {
                String section = k == NoteKind.CODE_FIRST ? "I.A.13" : "I.A.17";
                EncodedCode z = y.withStep("stated in the statement (\"" + c.text() + "\"), looked up alone: the cause"
                        + " a \"" + (k == NoteKind.CODE_FIRST ? "code first" : "code also") + "\" note at "
                        + codes.get(i).code().dotted() + " asks for without naming it (" + section + ")",
                        List.of(section));
                codes.add(k == NoteKind.CODE_FIRST ? i : i + 1, z);
                return;
            }
        }
        String why = patient(c) ? "the patient's other condition" : c.index() == 0
                ? "the condition whose cause the index path read" : "its cause, a condition no combination code includes";
        EncodedCode z = y.withStep("stated in the statement (\"" + c.text() + "\"), looked up alone: " + why
                + " (I.B.7, I.B.9, IV.J)", List.of("IV.J"));
        StatedKinds.place(codes, z, StatedKinds.Order.AS_WRITTEN, c.index() == 0);
    }

    /**
     * Whether {@code x} is the statement's first condition, a sign or symptom (R00-R69), that the cause {@code y}
     * stated right after it explains ("chest pain due to GERD": K21.9, no R07.9): a symptom is coded only when no
     * related definitive diagnosis is established (I.B.4), not when the stated diagnosis accounts for it (I.B.5,
     * IV.D). Kept: a code a guideline asks for beside the diagnosis (SIRS and severe sepsis R65, I.C.1.d; coma scale
     * R40.2, I.C.18.e; NIH stroke scale R29.7, I.C.18.i) and a symptom a note of the diagnosis asks for (I.A.13).
     */
    private boolean explained(EncodedCode x, EncodedCode y, List<EncodedCode> codes) {
        String v = x.code().value();
        return x == codes.get(0) && v.charAt(0) == 'R' && v.compareTo("R70") < 0 && !v.startsWith("R65")
                && !v.startsWith("R402") && !v.startsWith("R297")
                && release.notes(y.code()).stream().noneMatch(an -> an.note().kind() == NoteKind.USE_ADDITIONAL_CODE
                        && an.note().references().stream().anyMatch(r -> r.contains(x.code())));
    }

    /**
     * The kind of a "code first" or "code also" note at the code (or its category) that asks for the underlying or
     * associated condition without naming a code, or null.
     */
    private NoteKind underlying(IcdCmCode code) {
        for (AppliedNote an : release.notes(code)) {
            NoteKind k = an.note().kind();
            String text = an.note().text().toLowerCase(Locale.ROOT);
            if ((k == NoteKind.CODE_FIRST || k == NoteKind.CODE_ALSO) && an.note().references().isEmpty()
                    && (text.startsWith("underlying") || text.startsWith("the underlying")
                    || text.startsWith("associated"))) {
                return k;
            }
        }
        return null;
    }

    /** The code's chapter, told by its letter but where a letter is split (C00-D49, D50-D89; H00-H59, H60-H95). */
    private static int chapter(String v) {
        char l = v.charAt(0);
        if (l == 'C' || l == 'D' && v.compareTo("D50") < 0) {
            return 'C';
        }
        return l == 'H' && v.compareTo("H60") >= 0 ? 'h' : l == 'T' ? 'S' : l;
    }

    /** Whether the code's index path holds a word of the clause: the path read it ("Plaque, pleural"). */
    private static boolean pathHasAWord(EncodedCode x, List<String> stems) {
        List<String> path = CodeKinds.titleStems(x.trail().indexPath());
        return stems.stream().anyMatch(w -> w.length() > 2 && path.contains(w));
    }

    /**
     * Whether the code's index path holds a word of the clause that the statement's first clause does not: the
     * path took the clause as a subterm ("Anemia, in, chronic kidney disease"; I.A.15). Words of the condition
     * itself ("allergic" in "allergic rhinitis ... allergic conjunctivitis") say nothing of the clause.
     */
    private static boolean pathHasOwnWord(EncodedCode x, StatedConditions.Clause c, StatedConditions.Clause first) {
        List<String> path = CodeKinds.titleStems(x.trail().indexPath());
        return c.stems().stream().anyMatch(w -> w.length() > 2 && !first.stems().contains(w) && path.contains(w));
    }
}
