package org.medcoder.encoder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medcoder.codesets.AlphabeticIndex;
import org.medcoder.codesets.AppliedNote;
import org.medcoder.codesets.Block;
import org.medcoder.codesets.Chapter;
import org.medcoder.codesets.CodeRange;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.IndexTerm;
import org.medcoder.codesets.NoteKind;
import org.medcoder.codesets.ReleaseInfo;
import org.medcoder.codesets.SeventhCharacter;
import org.medcoder.codesets.TabularNote;
import org.medcoder.core.CodeSystem;
import org.medcoder.core.EffectivePeriod;
import org.medcoder.core.IcdCmCode;

/**
 * A small hand-written ICD-10-CM release for unit tests: a few categories of the FY2026 Tabular List, an index
 * excerpt written in the shape of the official index (main terms, nested subterms, "with", nonessential
 * modifiers), a Neoplasm and a Drug table row. Titles follow the classification; nothing is read from files.
 */
final class FixtureRelease implements IcdCmRelease {

    private final Map<String, IcdCmEntry> entries = new LinkedHashMap<>();
    private final Map<String, List<AppliedNote>> notes = new LinkedHashMap<>();
    private final Map<String, List<SeventhCharacter>> seventh = new LinkedHashMap<>();

    FixtureRelease() {
        header("E11", "Type 2 diabetes mellitus");
        header("E112", "Type 2 diabetes mellitus with kidney complications");
        code("E1122", "Type 2 diabetes mellitus with diabetic chronic kidney disease");
        code("E119", "Type 2 diabetes mellitus without complications");
        note("E1122", NoteKind.USE_ADDITIONAL_CODE, "Use additional code to identify stage of chronic kidney disease (N18.1-N18.6)", "N181", "N186");
        header("I12", "Hypertensive chronic kidney disease");
        code("I120", "Hypertensive chronic kidney disease with stage 5 chronic kidney disease or end stage renal disease");
        code("I129", "Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease");
        note("I129", NoteKind.USE_ADDITIONAL_CODE, "Use additional code to identify the stage of chronic kidney disease (N18.1-N18.4, N18.9)", "N181", "N184");
        header("N18", "Chronic kidney disease (CKD)");
        code("N181", "Chronic kidney disease, stage 1");
        code("N182", "Chronic kidney disease, stage 2 (mild)");
        header("N183", "Chronic kidney disease, stage 3 (moderate)");
        code("N1830", "Chronic kidney disease, stage 3 unspecified");
        code("N1831", "Chronic kidney disease, stage 3a");
        code("N1832", "Chronic kidney disease, stage 3b");
        code("N184", "Chronic kidney disease, stage 4 (severe)");
        code("N185", "Chronic kidney disease, stage 5");
        code("N186", "End stage renal disease");
        code("N189", "Chronic kidney disease, unspecified");
        header("S72", "Fracture of femur");
        header("S723", "Fracture of shaft of femur");
        header("S7232", "Transverse fracture of shaft of femur");
        String[] sides = {"right femur", "left femur", "unspecified femur"};
        for (int i = 0; i < 6; i++) {
            String code = "S72.32" + (i + 1);
            header(code.replace(".", ""), (i < 3 ? "Displaced" : "Nondisplaced") + " transverse fracture of shaft of " + sides[i % 3]);
            for (char c : new char[] {'A', 'D', 'S'}) {
                code(code.replace(".", "") + c, "fracture " + c);
            }
        }
        seventh.put("S72", List.of(new SeventhCharacter('A', "initial encounter for closed fracture"),
                new SeventhCharacter('D', "subsequent encounter for closed fracture with routine healing"),
                new SeventhCharacter('S', "sequela")));
        header("T40", "Poisoning by, adverse effect of and underdosing of narcotics and psychodysleptics [hallucinogens]");
        header("T402", "Poisoning by, adverse effect of and underdosing of other opioids");
        header("T402X", "Poisoning by, adverse effect of and underdosing of other opioids");
        header("T402X1", "Poisoning by other opioids, accidental (unintentional)");
        header("T402X5", "Adverse effect of other opioids");
        for (String p : new String[] {"T402X1", "T402X5"}) {
            for (char c : new char[] {'A', 'D', 'S'}) {
                code(p + c, p + c);
            }
        }
        seventh.put("T40", List.of(new SeventhCharacter('A', "initial encounter"),
                new SeventhCharacter('D', "subsequent encounter"), new SeventhCharacter('S', "sequela")));
        header("C79", "Secondary malignant neoplasm of other and unspecified sites");
        header("C795", "Secondary malignant neoplasm of bone and bone marrow");
        code("C7951", "Secondary malignant neoplasm of bone");
        code("C7952", "Secondary malignant neoplasm of bone marrow");
        code("C419", "Malignant neoplasm of bone and articular cartilage, unspecified");
        // Codes added after the index (FY2024: R10.24, R10.A-; FY2025: I1A.0): no index entry points to them.
        header("R10", "Abdominal and pelvic pain");
        header("R102", "Pelvic and perineal pain");
        code("R1020", "Pelvic and perineal pain unspecified side");
        added(code("R1024", "Suprapubic pain"));
        code("R109", "Unspecified abdominal pain");
        added(header("R10A", "Pain localized to flank"));
        added(code("R10A0", "Flank pain, unspecified side"));
        added(code("R10A1", "Flank pain, right side"));
        added(code("R10A2", "Flank pain, left side"));
        code("R52", "Pain, unspecified");
        code("I10", "Essential (primary) hypertension");
        added(header("I1A", "Other hypertension"));
        added(code("I1A0", "Resistant hypertension"));
        code("M84453", "Pathological fracture, unspecified femur");
        note("I120", NoteKind.USE_ADDITIONAL_CODE, "Use additional code to identify the stage of chronic kidney disease (N18.5, N18.6)", "N185", "N186");
        note("N186", NoteKind.USE_ADDITIONAL_CODE, "code to identify dialysis status (Z99.2)", "Z992", "Z992");
        header("Z99", "Dependence on enabling machines and devices, not elsewhere classified");
        code("Z992", "Dependence on renal dialysis");
        header("D63", "Anemia in chronic diseases classified elsewhere");
        code("D631", "Anemia in chronic kidney disease");
        note("D631", NoteKind.CODE_FIRST, "underlying chronic kidney disease (CKD) (N18.-)", "N18", "N18");
        code("D649", "Anemia, unspecified");
        header("G819", "Hemiplegia, unspecified");
        code("G8190", "Hemiplegia, unspecified affecting unspecified side");
        header("I69", "Sequelae of cerebrovascular disease");
        header("I6935", "Hemiplegia and hemiparesis following cerebral infarction");
        code("I69351", "Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side");
        code("I69359", "Hemiplegia and hemiparesis following cerebral infarction affecting unspecified side");
        code("I69959", "Hemiplegia and hemiparesis following unspecified cerebrovascular disease affecting unspecified side");
    }

    private final java.util.Set<String> added = new java.util.HashSet<>();

    private void added(String code) {
        added.add(code);
    }

    @Override
    public boolean addedSinceNotes(IcdCmCode code) {
        return added.contains(code.value());
    }

    private String header(String code, String title) {
        entries.put(code.replace(".", ""), new IcdCmEntry(new IcdCmCode(code.replace(".", "")), false, title, title));
        return code.replace(".", "");
    }

    private String code(String code, String title) {
        entries.put(code.replace(".", ""), new IcdCmEntry(new IcdCmCode(code.replace(".", "")), true, title, title));
        return code.replace(".", "");
    }

    private void note(String code, NoteKind kind, String text, String first, String last) {
        TabularNote n = new TabularNote(kind, text, List.of(new CodeRange(new IcdCmCode(first), new IcdCmCode(last))), "fixture");
        notes.computeIfAbsent(code, k -> new ArrayList<>()).add(new AppliedNote(n, "code", IcdCmCode.parse(code).dotted()));
    }

    @Override
    public ReleaseInfo info() {
        return new ReleaseInfo(CodeSystem.ICD10CM, "FY2026", new EffectivePeriod(LocalDate.of(2025, 10, 1),
                LocalDate.of(2026, 9, 30)), false, List.of(), Map.of(), List.of());
    }

    @Override
    public Optional<IcdCmEntry> entry(IcdCmCode code) {
        return Optional.ofNullable(entries.get(code.value()));
    }

    @Override
    public List<IcdCmEntry> children(IcdCmCode code) {
        String v = code.value();
        return entries.values().stream().filter(e -> {
            String c = e.code().value();
            if (!c.startsWith(v) || c.length() <= v.length()) {
                return false;
            }
            // a direct child is the next existing level down
            for (int l = v.length() + 1; l < c.length(); l++) {
                if (entries.containsKey(c.substring(0, l))) {
                    return false;
                }
            }
            return true;
        }).toList();
    }

    @Override
    public List<IcdCmEntry> lineage(IcdCmCode code) {
        return List.of();
    }

    @Override
    public Optional<Chapter> chapterOf(IcdCmCode code) {
        return Optional.empty();
    }

    @Override
    public Optional<Block> blockOf(IcdCmCode code) {
        return Optional.empty();
    }

    @Override
    public List<AppliedNote> notes(IcdCmCode code) {
        return notes.getOrDefault(code.value(), List.of());
    }

    @Override
    public List<SeventhCharacter> seventhCharacters(IcdCmCode code) {
        return seventh.getOrDefault(code.value().substring(0, 3), List.of());
    }

    @Override
    public List<IcdCmEntry> entries() {
        return List.copyOf(entries.values());
    }

    @Override
    public AlphabeticIndex index() {
        return new FixtureIndex(List.of(), List.of(
                t("Diabetes, diabetic", "E11.9", List.of("mellitus", "sugar"),
                        t("type 2", "E11.9", List.of(), t("with", "", List.of(),
                                t("chronic kidney disease", "E11.22", List.of())))),
                t("Disease, diseased", "", List.of(),
                        t("kidney", "N28.9", List.of(), t("chronic", "N18.9", List.of(),
                                t("stage 3a", "N18.31", List.of()), t("stage 4", "N18.4", List.of())))),
                t("Hemiplegia", "G81.9-", List.of(), t("following", "", List.of(),
                        t("cerebrovascular disease", "I69.959", List.of(),
                                t("cerebral infarction", "I69.35-", List.of())))),
                t("Hypertension, hypertensive", "I10", List.of("essential"),
                        see("renal", "Hypertension, kidney"),
                        t("kidney", "I12.9", List.of(), t("with", "", List.of(),
                                t("stage 5 chronic kidney disease or end stage renal disease", "I12.0", List.of("CKD")),
                                t("stage 1 through stage 4 chronic kidney disease", "I12.9", List.of())))),
                t("Anemia", "D64.9", List.of("essential"), t("in", "", List.of(),
                        t("chronic kidney disease", "D63.1", List.of()))),
                t("Fracture, pathological", "M84.40", List.of("pathologic"),
                        t("femur", "M84.453", List.of())),
                t("Fracture, traumatic", "T14.8", List.of(),
                        t("femur, femoral", "S72.9-", List.of(), t("shaft", "S72.30-", List.of("lower third"),
                                t("transverse", "S72.32-", List.of("displaced")))),
                        t("humerus", "S42.30-", List.of())),
                t("Asthma", "J45.909", List.of()),
                t("Pain", "R52", List.of("s"), t("abdominal", "R10.9", List.of()),
                        see("flank", "Pain, abdominal"))));
    }

    @Override
    public AlphabeticIndex neoplasmTable() {
        return new FixtureIndex(List.of("Malignant Primary", "Malignant Secondary", "Ca in situ", "Benign",
                "Uncertain Behavior", "Unspecified Behavior"), List.of(
                cells("Neoplasm, neoplastic", List.of("C80.1", "C79.9", "D09.9", "D36.9", "D48.9", "D49.9"),
                        cells("bone", List.of("C41.9", "C79.51", "", "D16.9-", "D48.0", "D49.2")))));
    }

    @Override
    public AlphabeticIndex drugTable() {
        return new FixtureIndex(List.of("Poisoning, Accidental (unintentional)", "Poisoning, Intentional self-harm",
                "Poisoning, Assault", "Poisoning, Undetermined", "Adverse effect", "Underdosing"), List.of(
                cells("Oxycodone", List.of("T40.2X1", "T40.2X2", "T40.2X3", "T40.2X4", "T40.2X5", "T40.2X6"))));
    }

    @Override
    public AlphabeticIndex externalCauseIndex() {
        return new FixtureIndex(List.of(), List.of());
    }

    private static IndexTerm t(String title, String code, List<String> nemod, IndexTerm... subterms) {
        return new IndexTerm(title, nemod, code, "", "", "", "", List.of(), List.of(subterms));
    }

    private static IndexTerm see(String title, String target) {
        return new IndexTerm(title, List.of(), "", "", target, "", "", List.of(), List.of());
    }

    private static IndexTerm cells(String title, List<String> cells, IndexTerm... subterms) {
        return new IndexTerm(title, List.of(), "", "", "", "", "", cells, List.of(subterms));
    }

    /** An index or table made of the given main terms. */
    record FixtureIndex(List<String> columns, List<IndexTerm> mainTerms) implements AlphabeticIndex {

        @Override
        public Optional<IndexTerm> mainTerm(String title) {
            return mainTerms.stream().filter(t -> t.title().equalsIgnoreCase(title)
                    || t.title().split(",")[0].equalsIgnoreCase(title)).findFirst();
        }

        @Override
        public String source() {
            return "fixture";
        }
    }
}
