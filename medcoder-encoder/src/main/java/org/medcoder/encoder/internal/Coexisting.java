package org.medcoder.encoder.internal;

import java.util.List;
import org.medcoder.codesets.AppliedNote;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.NoteKind;
import org.medcoder.encoder.EncodedCode;
import org.medcoder.encoder.Setting;

/**
 * Two conditions a statement joins by "and" or ", also" ("hypothyroidism and vitamin D deficiency", "iron deficiency
 * anemia, also chronic constipation"): every documented coexisting condition that affects care is coded (Guidelines
 * Section IV.J); where no combination code includes both, each is coded alone (I.B.9). Used by
 * {@link StatedConditions} for a clause whose code no note links to the codes assigned so far. "With" is left to the
 * combination rules: it presumes a link (I.A.15), and its clause is mostly a detail of the condition ("diverticulitis
 * with bleeding", "varicose veins with ulcer").
 *
 * <p>The clause is not coded when the codes already say it: its words, or the main term its code was found under,
 * are in an assigned code's index path ("anxiety and depression" reaches "Anxiety, depression" F41.8; "diverticulitis
 * with perforation and abscess" K57.20 holds "Diverticulitis"); it is a symptom (beside a definitive diagnosis it is
 * not coded, I.B.5; symptoms joined to symptoms are {@link SymptomList}'s, I.B.6); it shares a category with an
 * assigned code unless both are specific ("onychomycosis and tinea corporis" B35.1, B35.4); or an assigned code is an
 * encounter, contact or exposure code (Z00-Z29), whose words describe someone else or the visit (a condition that
 * is no communicable disease is not what a Z20 exposure is to: "exposure to COVID-19 and asthma" Z20.822 J45.909). A
 * hypertensive disease (I10-I1A) is left to {@link HypertensionLink}, which knows the links the classification
 * presumes (I.C.9.a). Two specific codes found under one main term are two conditions when their paths part below it
 * ("PVC's and PAC's": Premature, contraction, ventricular I49.3 and atrial I49.1; I.B.9).
 */
final class Coexisting {

    private Coexisting() {
    }

    /**
     * Whether the clause, whose lookup gave {@code y}, is joined to its neighbour as a condition of its own ("and",
     * ", also", or an item of a comma-separated problem list the assigned {@code codes} lost, {@link #listItem}).
     */
    static boolean joined(StatedConditions.Clause c, List<StatedConditions.Clause> clauses, EncodedCode y,
            List<EncodedCode> codes) {
        if (joiner(c)) {
            return true;
        }
        int next = c.index() + 1;
        // An item goes to the next comma, "and" or the end: "type 1 diabetes, with diabetic nephropathy" is one item.
        boolean ends = next >= clauses.size() || clauses.get(next).connector().equals(",") || joiner(clauses.get(next));
        boolean listed = ends && (c.connector().equals(",") || c.index() == 0 && next < clauses.size());
        return c.index() == 0 && next < clauses.size() && joiner(clauses.get(next)) || listed && listItem(c, y, codes);
    }

    /**
     * Whether a clause of a comma-separated problem list is a condition the assigned codes lost ("COPD,
     * hypertension"; "asthma without exacerbation, GERD"; the middle item of "COPD, hypertension, and
     * hyperlipidemia"): its code was found in the Alphabetic Index by the clause's own words, every word of the index
     * path being one the clause states, and no assigned code's title names the path's main term. A site, a course
     * or a finding after a comma ("plantar fasciitis, right foot", "colitis, recurrent episode") names no condition:
     * its lookup reaches a code through a title or through subterms it does not state ("Episode, depressive,
     * recurrent"); a clause whose main term an assigned code names is that code's ("LLL pneumonia, sputum grew
     * Acinetobacter baumannii": J15.61). Every documented coexisting condition is coded (IV.J, I.B.9).
     */
    static boolean listItem(StatedConditions.Clause c, EncodedCode y, List<EncodedCode> codes) {
        String p = y.trail().indexPath();
        int end = p.lastIndexOf(" -> ");
        if (end < 0 || p.startsWith("no index entry")) {
            return false;
        }
        for (String w : CodeKinds.titleStems(p.substring(0, end).replaceAll("\\([^)]*\\)", " "))) {
            if (w.length() > 2 && !stated(w, c.stems())) {
                return false;
            }
        }
        if (!explained(c, y, p.substring(0, end))) {
            return false;
        }
        List<String> main = mainTerms(p);
        for (EncodedCode x : codes) {
            String title = x.title().toLowerCase(java.util.Locale.ROOT);
            if (main.stream().anyMatch(title::contains)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether every stated word of the item's head (the words before its site, "of ...", and its side) is a word of
     * its code's index path or title: an item that adds words the code does not say ("perianal itching at night"
     * after a pinworm infestation: L29.0 "Pruritus ani"; "infection following a procedure": B99.9) tells a
     * circumstance of a condition, not a condition its code names (I.B.5, I.B.1).
     */
    private static boolean explained(StatedConditions.Clause c, EncodedCode y, String path) {
        List<String> said = new java.util.ArrayList<>(CodeKinds.titleStems(path));
        said.addAll(CodeKinds.titleStems(y.title()));
        int site = c.text().indexOf(" of ");
        List<String> head = site < 0 ? c.stems() : Words.stems(c.text().substring(0, site));
        for (String w : head) {
            if (w.length() > 2 && !w.startsWith("~") && !SIDES.contains(w) && !stated(w, said)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the clause states the path word, or a form of it ("diseased", "disease"). */
    private static boolean stated(String w, List<String> clause) {
        for (String s : clause) {
            if (s.equals(w) || s.length() > 3 && w.length() > 3 && (s.startsWith(w) || w.startsWith(s))) {
                return true;
            }
        }
        return false;
    }

    private static boolean joiner(StatedConditions.Clause c) {
        return c.connector().equals("and") || c.connector().equals(",") && c.text().startsWith("also ");
    }

    /**
     * Whether {@code y}, the code of a "with" clause, is a condition of another chapter than every assigned code
     * ("viral gastroenteritis with dehydration": A08.4, E86.0): no combination code of the first condition's chapter
     * holds it, so both are coded (I.B.9, IV.J). A "with" clause of the same chapter is left to the combination rules
     * ("diverticulitis with bleeding", "ureteral stone with hydronephrosis": I.A.15 presumes the link), and so is one
     * an assigned code's title or inclusion terms already say ("... ulcer with fat layer exposed" L97.-; O21.1
     * "Hyperemesis gravidarum with metabolic disturbance", whose inclusion terms name dehydration: I.A.11). Only the
     * clause right after the first: a later "with" qualifies the clause before it ("... with ulcer of right midfoot
     * with necrosis of muscle": the ulcer's depth, L97.413, which a note adds after this rule has run).
     */
    static boolean otherChapter(StatedConditions.Clause c, EncodedCode y, List<EncodedCode> codes,
            IcdCmRelease release) {
        if (!c.connector().equals("with") || c.index() != 1) {
            return false;
        }
        char chapter = y.code().value().charAt(0);
        for (EncodedCode x : codes) {
            if (x.code().value().charAt(0) == chapter || CodeKinds.saysClause(c, x) || pathHasAWord(x, c)
                    || includes(x, c, y, release)) {
                return false;
            }
        }
        return coded(c, y, codes);
    }

    /**
     * Whether a word of the clause is in the code's index path: the combination reached through it took the clause
     * ("type 2 diabetes with ulcer of left ankle": Diabetes, with, skin ulcer E11.622; I.A.15).
     */
    private static boolean pathHasAWord(EncodedCode x, StatedConditions.Clause c) {
        List<String> path = CodeKinds.titleStems(x.trail().indexPath());
        return c.stems().stream().anyMatch(w -> w.length() > 2 && !SIDES.contains(w) && path.contains(w));
    }

    private static final java.util.Set<String> SIDES = java.util.Set.of(Words.stem("right"), Words.stem("left"),
            Words.stem("bilateral"));

    /**
     * Whether an inclusion term of {@code x} (its own or its category's) holds the words of the clause that name
     * {@code y} (I.A.11: the term is classified to x).
     */
    static boolean includes(EncodedCode x, StatedConditions.Clause c, EncodedCode y, IcdCmRelease release) {
        List<String> title = CodeKinds.titleStems(y.title());
        List<String> naming = c.stems().stream().filter(w -> w.length() > 2 && title.contains(w)).toList();
        if (naming.isEmpty()) {
            return false;
        }
        for (AppliedNote n : release.notes(x.code())) {
            if (n.note().kind() == NoteKind.INCLUSION_TERM && Words.stems(n.note().text()).containsAll(naming)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code y}, the code of the joined clause {@code c}, is a coexisting condition the assigned codes do not
     * say (their index paths do not hold the clause's words, and no assigned code is of y's category unless both are
     * specific codes).
     */
    static boolean coded(StatedConditions.Clause c, EncodedCode y, List<EncodedCode> codes) {
        String v = y.code().value();
        if (!StatedKinds.condition(v) || DiagnosisList.NOTHING_STATED.contains(y.code().dotted()) || v.startsWith("I1")
                || symptom(v) || v.startsWith("T1491") && codes.stream().anyMatch(Coexisting::selfHarm)) {
            return false;
        }
        for (EncodedCode x : codes) {
            String xv = x.code().value();
            if (sameBut7th(xv, v) || pathSays(x, c) || categoryDefault(y, x) || sameMainTerm(x, y) && !(specific(x) && specific(y))
                    || encounter(xv) && !(xv.startsWith("Z20") && !communicable(v))
                    || x.code().category().equals(y.code().category()) && !(specific(x) && specific(y))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Placed where the statement writes it: first for the statement's first clause, else after the conditions. The
     * sequencing rules still hold for a clause placed this way: a sepsis beside its localized infection goes first
     * ("pneumonia and sepsis": A41.9 J18.9; the systemic infection first, I.C.1.d.4). Additional diagnoses are
     * Section III's in the inpatient setting and Section IV.J's in the outpatient setting.
     */
    static void place(List<EncodedCode> codes, EncodedCode y, StatedConditions.Clause c, Setting setting) {
        String section = setting == Setting.INPATIENT ? "III" : "IV.J";
        EncodedCode z = y.withStep("stated in the statement (\"" + c.text() + "\"), looked up alone: a coexisting "
                + "condition no combination code includes (" + section + ", I.B.9)", List.of(section));
        boolean sepsisFirst = LocalInfection.systemic(y) && codes.stream().anyMatch(LocalInfection::localized);
        StatedKinds.place(codes, z, StatedKinds.Order.AS_WRITTEN, c.index() == 0 || sepsisFirst);
    }

    /**
     * Whether {@code y} is a code of {@code x}'s category the index named only by its category ("Retinopathy,
     * proliferative, sickle-cell D57.-": the etiology of H36.8-) while x is the code the statement states for it
     * ("..., HbSC disease": D57.20); the category's default says nothing more (I.B.1).
     */
    private static boolean categoryDefault(EncodedCode y, EncodedCode x) {
        return x.code().category().equals(y.code().category())
                && y.trail().indexPath().endsWith(" " + y.code().category().dotted() + ".-");
    }

    /**
     * Whether every word of the clause is a word of the code's index path: the path already read the clause. A path
     * that led to another code (a tabular check moved "Premature, contraction, atrial" I49.1 to its sibling I49.3)
     * says nothing of the code assigned.
     */
    private static boolean pathSays(EncodedCode x, StatedConditions.Clause c) {
        String p = x.trail().indexPath();
        String target = p.substring(p.lastIndexOf(" -> ") + " -> ".length()).replace("-", "").strip();
        if (p.contains(" -> ") && target.length() >= 3 && target.charAt(0) == x.code().dotted().charAt(0)
                && !x.code().dotted().startsWith(target)) {
            return false;
        }
        List<String> path = CodeKinds.titleStems(p);
        for (String w : c.stems()) {
            if (w.length() > 2 && !path.contains(w) && !w.equals("also")) {
                return false;
            }
        }
        return true;
    }

    /** Whether the codes were found under one main term (a "see" reference's target counts): one condition. */
    static boolean sameMainTerm(EncodedCode x, EncodedCode y) {
        List<String> mine = mainTerms(y.trail().indexPath());
        for (String m : mainTerms(x.trail().indexPath())) {
            if (mine.contains(m)) {
                return true;
            }
        }
        return false;
    }

    /** The main term of an index path and the targets of its "see" references, lower-cased, modifiers left out. */
    static List<String> mainTerms(String path) {
        List<String> out = new java.util.ArrayList<>();
        String[] pieces = path.split(" -> ");
        for (int i = 0; i < pieces.length - 1; i++) {
            String p = pieces[i];
            if (i == 0 || p.startsWith("see ")) {
                String term = p.startsWith("see also ") ? p.substring(9) : p.startsWith("see ") ? p.substring(4) : p;
                out.add(term.split("[,(]")[0].strip().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    /** One code but for its 7th-character extension (S78.112A, S78.112D): one condition, not two. */
    private static boolean sameBut7th(String x, String y) {
        return x.equals(y) || x.length() == 7 && y.length() == 7 && x.regionMatches(0, y, 0, 6)
                && Character.isLetter(x.charAt(6)) && Character.isLetter(y.charAt(6));
    }

    /**
     * A poisoning or an external cause of intentional self-harm: the code of a suicide attempt by that means, which
     * T14.91 "Suicide attempt" (inclusion term "Attempted suicide NOS") does not repeat (Index: Suicide, suicidal
     * (attempted), by poisoning - see Table of Drugs and Chemicals).
     */
    private static boolean selfHarm(EncodedCode x) {
        return x.title().contains("intentional self-harm");
    }

    /** Encounter, screening, contact and exposure codes, Z00-Z29: the clause after them is mostly their object. */
    private static boolean encounter(String v) {
        return v.charAt(0) == 'Z' && v.compareTo("Z30") < 0;
    }

    /**
     * Whether the code is of a communicable disease, the only thing Z20 "Contact with and (suspected) exposure to
     * communicable diseases" is about: chapter 1 (A00-B99), acute respiratory infections, influenza and pneumonia
     * (J00-J22) and COVID-19 (U07.1). Any other condition joined to an exposure is the patient's own (IV.J).
     */
    private static boolean communicable(String v) {
        char l = v.charAt(0);
        return l == 'A' || l == 'B' || v.startsWith("U071") || l == 'J' && v.compareTo("J23") < 0;
    }

    /** Chapter 18: symptoms, signs and abnormal findings. */
    private static boolean symptom(String v) {
        return v.charAt(0) == 'R';
    }

    private static boolean specific(EncodedCode x) {
        String t = x.title().toLowerCase(java.util.Locale.ROOT);
        return !t.contains("unspecified") && !t.startsWith("other ");
    }
}
