package org.medcoder.encoder.internal;

import java.util.List;
import java.util.Optional;
import org.medcoder.core.IcdCmCode;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodedCode;
import org.medcoder.encoder.OpenQuestion;

/**
 * The codes a statement needs besides its index path and the codes its notes pair: codes added to the
 * classification since the index, codes for stated values (Z3A weeks, Z68 BMI) and the drug of an adverse effect,
 * with the drug-caused reading of a statement that leads the index to them.
 */
final class CodeAdditions {

    /** The words a drug-caused statement is read with (Index: Drug-induced, due to medicament). */
    static final String DRUG_CAUSED = "; drug-induced due to medicament";

    private final Vocabulary vocabulary;
    private final Tables tables;
    private final TabularWalker walker;
    private final Coding coding;
    /** The statement of no words, for walking an added code to its billable level (analysed once). */
    private final Statement empty;

    CodeAdditions(Vocabulary vocabulary, Tables tables, TabularWalker walker, Coding coding) {
        this.vocabulary = vocabulary;
        this.tables = tables;
        this.walker = walker;
        this.coding = coding;
        this.empty = Statement.analyse("", vocabulary);
    }

    /** Whether the encoded code is an adverse-effect code of a drug (T36-T50). */
    static boolean adverseEffect(EncodedCode c) {
        return adverseEffect(c.code());
    }

    /** Whether the code is an adverse-effect code of a drug (T36-T50). */
    static boolean adverseEffect(IcdCmCode code) {
        String v = code.value();
        return v.compareTo("T36") >= 0 && v.compareTo("T51") < 0;
    }

    /**
     * A condition "due to" a substance of the Table of Drugs and Chemicals is drug-induced: the index words it
     * "drug-induced" or "due to, medicament" (Hypothyroidism, due to, medicament NEC), never by the drug's name.
     * The statement gets those words when its cause clause is exactly a drug of the table (I.A.15, I.C.19.e.5.a).
     */
    Statement drugCaused(Statement s) {
        if (s.head == 0) {
            return s;
        }
        // Encounter and laterality words ("cough due to lisinopril, initial encounter") belong to no clause, and
        // neither do the words a statement negates ("gastric ulcer due to ibuprofen, no bleeding or perforation":
        // what did not happen is no cause; I.A.15, I.C.19.e.5.a).
        long cause = (s.size() == 64 ? -1L : (1L << s.size()) - 1) & ~s.head & ~StatementWords.contextWords(s)
                & ~StatementWords.asPrescribedWords(s) & ~s.negatedMask;
        Tables.Hit drug = cause == 0 ? null : tables.adverseEffect(s);
        if (drug == null || (cause & ~drug.walk().required()) != 0) {
            return s;
        }
        return Statement.analyse(s.text + DRUG_CAUSED, vocabulary);
    }

    /**
     * The index path of a drug-caused statement, or null when it explains only words of the drug's name in the
     * Table of Drugs and Chemicals ("... due to selective serotonin reuptake inhibitor": "Inhibitor, systemic lupus
     * erythematosus"): such a path is not the condition's, which is looked up by its own words (I.C.19.e.5.a).
     */
    Lookup unlessOnlyDrugName(Statement s, Lookup found) {
        if (found == null || s.head == 0) {
            return found;
        }
        Tables.Hit drug = tables.adverseEffect(s);
        boolean only = drug != null && (found.covered & s.head) == 0 && (found.covered & ~drug.walk().required()) == 0;
        return only ? null : found;
    }

    /**
     * The adverse-effect code of the drug a cause clause names ("sertraline taken as prescribed"), without the
     * drug-caused wording {@link DrugCause} appended after a semicolon (I.C.19.e.5.a).
     */
    Optional<EncodedCode> drugNamed(String cause, EncodeOptions options, List<OpenQuestion> questions) {
        String named = cause.contains(";") ? cause.substring(0, cause.indexOf(';')) : cause;
        return drugOfAdverseEffect(Statement.analyse(named, vocabulary), options, questions);
    }

    /** The adverse-effect cell of the substance the text names (Table of Drugs and Chemicals); null when none. */
    String adverseEffectCode(String text) {
        Tables.Hit drug = tables.adverseEffect(Statement.analyse(text, vocabulary));
        return drug == null ? null : drug.code();
    }

    /**
     * Whether the text names only a drug or chemical of the Table of Drugs and Chemicals (with "taken as
     * prescribed"): a chemical with no adverse-effect cell ("hydrochloric acid") is named by its toxic-effect code
     * (T51-T65), never looked up again as a condition (I.C.19.e.5.b).
     */
    boolean onlyDrug(String text) {
        Statement s = Statement.analyse(text, vocabulary);
        long words = (s.size() == 64 ? -1L : (1L << s.size()) - 1) & ~StatementWords.contextWords(s)
                & ~StatementWords.asPrescribedWords(s);
        Tables.Hit drug = words == 0 ? null : tables.adverseEffect(s);
        drug = drug != null || words == 0 ? drug : tables.substance(s, 0);
        return drug != null && (words & ~drug.walk().required()) == 0;
    }

    /**
     * Whether a code added since the index replaces the index path: its title names every statement word the path
     * accounts for and more ("suprapubic pain": "Pain" R52 vs R10.24 "Suprapubic pain", new in FY2024).
     */
    static boolean replaces(AddedCodes.Match m, Lookup found, Statement s) {
        if (m.seventh() && found.code.startsWith(m.entry().code().category().value())) {
            // An injury or external cause the index placed in the added code's own category: the Tabular walk from
            // the index code reaches it with the codes that follow an index code (perpetrator Y07, I.C.19.f).
            return false;
        }
        long words = found.covered & ~StatementWords.encounterWords(s);
        return (m.mask() & words) == words && (m.mask() & ~words) != 0;
    }

    /** The code for a title match among the codes added since the index, with its trail. */
    EncodedCode addedCode(AddedCodes.Match m, Lookup found, EncodeOptions options, List<OpenQuestion> questions) {
        Optional<TabularWalker.Result> r = walker.complete(m.entry().code().value(), empty, options, -1L);
        if (r.isEmpty()) {
            return null;
        }
        questions.addAll(r.get().questions());
        String why = "no index entry: " + m.entry().code().dotted() + " was added to the classification after the"
                + " index in use; reached through its Tabular List title, which the statement supports word"
                + " for word: " + m.entry().longTitle()
                + (found == null ? "" : " (the index path " + found.path + " -> " + found.code + " explains less)");
        return coding.coded(r.get(), why, List.of("I.A.11"));
    }

    /**
     * The drug of a condition the statement says a drug caused, when no note paired it: the nature of the adverse
     * effect is coded first, then the drug's adverse-effect code from the Table of Drugs and Chemicals (I.C.19.e.5.a).
     */
    Optional<EncodedCode> drugOfAdverseEffect(Statement s, EncodeOptions options, List<OpenQuestion> questions) {
        Tables.Hit drug = tables.adverseEffect(s);
        Optional<TabularWalker.Result> r = drug == null ? Optional.empty() : walker.complete(drug.code(), s, options, -1L);
        r.ifPresent(x -> questions.addAll(x.questions()));
        return r.map(x -> coding.coded(x, Lookup.of(drug, "Table of Drugs and Chemicals").path + " -> " + drug.code()
                + " (adverse effect of the drug that caused the condition)", List.of("I.C.19.e.5.a")));
    }

    /**
     * Codes for values the statement states, after the codes of the conditions: Z3A for the weeks of a pregnancy
     * (chapter 15 note; I.C.21.c.11), Z68 for a BMI value (E66 note; I.C.21.c.3), each unless already coded.
     */
    void statedValues(Statement s, List<EncodedCode> all, EncodeOptions options) {
        String z3a = Gestation.weeksCode(s.expanded, all.get(0).code().value());
        String z68 = BodyMassIndex.code(s.expanded);
        String extent = BurnExtent.code(s.expanded, all.stream().map(c -> c.code().value()).toList());
        for (String[] v : new String[][] {{z3a, "chapter 15: code from category Z3A, Weeks of gestation, to identify "
                + "the specific week of the pregnancy", "I.C.21.c.11"}, {z68, "E66 and other categories: code to "
                + "identify body mass index (BMI), if known (Z68.-), the range holding the stated value", "I.C.21.c.3"},
                {extent, "T20-T25: burns and corrosions classified according to extent of body surface involved "
                + "(T31, T32), the range holding the stated shares", "I.C.19.d.6"}}) {
            if (v[0] != null && all.stream().noneMatch(c -> c.code().value().startsWith(v[0].substring(0, 3)))) {
                walker.complete(v[0], s, options, -1L).ifPresent(r -> all.add(coding.coded(r, "use additional code note at "
                        + v[1], List.of(v[2]))));
            }
        }
        if (extent != null && all.stream().anyMatch(c -> c.code().value().startsWith(extent.substring(0, 3)))) {
            // Tabular T31/T32 note: "the primary code only when the site of the burn is unspecified" (T30).
            all.removeIf(c -> c.code().value().startsWith("T30"));
        }
    }
}
