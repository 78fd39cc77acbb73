package org.medcoder.encoder.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.medcoder.encoder.EncodedCode;

/** Kinds of codes and word checks the stated-condition rules use ({@link StatedConditions}). */
final class CodeKinds {

    /** Stems of title words too common to link two titles ({@link #sharesWord}). */
    private static final Set<String> GENERIC = Set.copyOf(Words.stems(
            "other unspecified specified cause causing diseases classified elsewhere infection"));

    private CodeKinds() {
    }

    /**
     * Stems of code titles already computed (a pure function of the title; hot path: the stated-condition checks read
     * every assigned code's title once per clause). Titles come from the release, so the map stays small; bounded
     * all the same.
     */
    private static final ConcurrentHashMap<String, List<String>> TITLE_STEMS = new ConcurrentHashMap<>();
    private static final int MAX_TITLES = 100_000;

    /** The stems of a code title (lower-cased first), memoised. */
    static List<String> titleStems(String title) {
        List<String> known = TITLE_STEMS.get(title);
        if (known != null) {
            return known;
        }
        List<String> stems = List.copyOf(Words.stems(title.toLowerCase(Locale.ROOT)));
        if (TITLE_STEMS.size() < MAX_TITLES) {
            TITLE_STEMS.putIfAbsent(title, stems);
        }
        return stems;
    }

    /** Whether every word of the clause is a word of one of the codes' titles. */
    static boolean saidByAll(StatedConditions.Clause c, List<EncodedCode> codes) {
        for (String w : c.stems()) {
            if (w.length() > 2 && !saidByOne(w, codes)) {
                return false;
            }
        }
        return true;
    }

    private static boolean saidByOne(String stem, List<EncodedCode> codes) {
        for (EncodedCode x : codes) {
            if (says(titleStems(x.title()), stem)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every word of the clause is a word of the code's title: the code already says the clause. */
    static boolean saysClause(StatedConditions.Clause c, EncodedCode x) {
        List<String> title = titleStems(x.title());
        for (String w : c.stems()) {
            if (w.length() > 2 && !says(title, w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the title has the word or the classification's word for it ("leg": "extremity"; SiteAliases). */
    private static boolean says(List<String> title, String stem) {
        if (title.contains(stem)) {
            return true;
        }
        String word = SiteAliases.classificationWord(stem);
        return word != null && title.contains(word);
    }

    /**
     * Whether two titles share a distinctive word ("Hemophilus meningitis", "Hemophilus influenzae ... as the
     * cause").
     */
    static boolean sharesWord(String a, String b) {
        List<String> other = titleStems(b);
        for (String w : titleStems(a)) {
            if (w.length() > 4 && other.contains(w) && !GENERIC.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** T36-T65: poisoning, adverse effect, underdosing, toxic effect; their manifestations follow their own rules. */
    static boolean drugCode(String v) {
        return v.charAt(0) == 'T' && v.compareTo("T36") >= 0 && v.compareTo("T66") < 0;
    }

    /** B95-B97: infectious agents as the cause of diseases classified elsewhere. */
    static boolean organism(String v) {
        return v.startsWith("B95") || v.startsWith("B96") || v.startsWith("B97");
    }

    /** A poisoning (T36-T65 with intent 1-4 in the 6th character). */
    static boolean poisoning(String v) {
        return v.length() >= 6 && v.charAt(0) == 'T' && v.compareTo("T36") >= 0 && v.compareTo("T66") < 0
                && v.charAt(5) >= '1' && v.charAt(5) <= '4';
    }

    /**
     * A noncompliance or underdosing-intent code of the patient (Z91.1-) or of the caregiver (Z91.A-): the one
     * Z91 code that tells whose noncompliance it was (I.C.19.e.5.c; I.C.21.c.3, "Z91.A-" is the caregiver's).
     */
    static boolean noncompliance(String v) {
        return v.startsWith("Z911") || v.startsWith("Z91A");
    }

    /** An underdosing (T36-T50 with 6 in the 6th character). */
    static boolean underdosing(String v) {
        return v.length() >= 6 && v.charAt(0) == 'T' && v.compareTo("T36") >= 0 && v.compareTo("T51") < 0
                && v.charAt(5) == '6';
    }

    /**
     * Whether the statement says "acute", "on chronic" or "superimposed" (I.B.8): the check that, with an acute and
     * a chronic code of one condition, both are stated.
     */
    static boolean acuteOnChronic(String t) {
        return t.contains("acute") || t.contains("on chronic") || t.contains("superimposed");
    }

    /**
     * Whether a code already says the cause: a chapter 1 code (its category is the organism) or a combination code
     * whose title says "due to" (J15.212 "Pneumonia due to Methicillin resistant Staphylococcus aureus"); then no
     * B95-B97 code is added (I.A.9, I.B.9).
     */
    static boolean causeNamed(List<EncodedCode> codes) {
        for (EncodedCode x : codes) {
            char l = x.code().value().charAt(0);
            if (l == 'A' || l == 'B' && !CodeKinds.organism(x.code().value()) || x.title().contains(" due to ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether code {@code x} already covers the code {@code y} a clause was looked up to: the same code or category,
     * or an index path that walked through {@code y}'s term to a deeper subterm ("Ataxia, gluten, with celiac
     * disease" K90.0 covers "Ataxia, gluten" M35.9): the deeper subterm classifies the condition in another
     * chapter, so the term's own code is replaced, not added (I.B.9). Within a chapter the deeper code's notes decide
     * ("Bronchitis, acute, with COPD" J44.0 still asks for J20.9).
     */
    static boolean covers(EncodedCode x, EncodedCode y) {
        if (x.code().equals(y.code()) || x.code().category().equals(y.code().category())) {
            return true;
        }
        String yPath = y.trail().indexPath();
        int arrow = yPath.lastIndexOf(" -> ");
        String term = arrow > 0 ? yPath.substring(0, arrow) : "";
        return !term.isEmpty() && x.trail().indexPath().startsWith(term + ", ")
                && x.code().value().charAt(0) != y.code().value().charAt(0);
    }
}
