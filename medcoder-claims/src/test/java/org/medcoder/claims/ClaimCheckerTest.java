package org.medcoder.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.medcoder.codesets.CodeSets;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.PcsRelease;
import org.medcoder.codesets.ReleaseInfo;
import org.medcoder.core.CodeSystem;
import org.medcoder.core.EffectivePeriod;
import org.medcoder.core.Finding;
import org.medcoder.core.IcdCmCode;
import org.medcoder.core.PcsCode;

class ClaimCheckerTest {

    /** A tiny FY2026 code set: billable codes, one header, one valid PCS code; no HCPCS release. */
    static CodeSets codeSets(Set<String> billable, Set<String> headers, Set<String> pcs) {
        EffectivePeriod fy = EffectivePeriod.fiscalYear(2026);
        ReleaseInfo cmInfo = new ReleaseInfo(CodeSystem.ICD10CM, "FY2026", fy, false, List.of(), Map.of(), List.of());
        ReleaseInfo pcsInfo = new ReleaseInfo(CodeSystem.ICD10PCS, "FY2026", fy, false, List.of(), Map.of(), List.of());
        IcdCmRelease cm = stub(IcdCmRelease.class, (name, args) -> switch (name) {
            case "info" -> cmInfo;
            case "entry" -> {
                IcdCmCode c = (IcdCmCode) args[0];
                boolean b = billable.contains(c.value());
                yield b || headers.contains(c.value()) ? Optional.of(new IcdCmEntry(c, b, "t", "t")) : Optional.empty();
            }
            default -> throw new UnsupportedOperationException(name);
        });
        PcsRelease px = stub(PcsRelease.class, (name, args) -> switch (name) {
            case "info" -> pcsInfo;
            case "isValid" -> pcs.contains(((PcsCode) args[0]).value());
            default -> throw new UnsupportedOperationException(name);
        });
        return stub(CodeSets.class, (name, args) -> {
            LocalDate d = (LocalDate) args[0];
            if (!fy.contains(d)) {
                throw new IllegalArgumentException("no release for " + d);
            }
            return switch (name) {
                case "icd10cm" -> cm;
                case "icd10pcs" -> px;
                default -> throw new IllegalArgumentException("no HCPCS release loaded");
            };
        });
    }

    interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    static <T> T stub(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, m, args) -> answer.answer(m.getName(), args));
    }

    static List<Finding> check(String file, String from, String to, CodeSets sets) throws IOException {
        String json = ClaimReaderTest.example(file).replace(from, to);
        ClaimInput in = ClaimReader.read(json, file).claims().get(0);
        return new ClaimChecker(sets).check(in, file);
    }

    @Test
    void check_validProfessional_noErrors() throws IOException {
        CodeSets sets = codeSets(Set.of("J029", "R509"), Set.of(), Set.of());
        assertThat(check("claim-837p.json", "", "", sets)).noneMatch(Finding::isError);
    }

    @Test
    void check_headerAndUnknownCode_errorsAtTheirPaths() throws IOException {
        CodeSets sets = codeSets(Set.of("J029"), Set.of("R50"), Set.of());
        List<Finding> findings = check("claim-837p.json", "\"R50.9\"", "\"R50\"", sets);
        assertThat(findings).extracting(f -> f.ruleId() + " " + f.location().path())
                .containsExactly("CLAIM-ICD10CM-NOT-BILLABLE $.diagnoses[1]");
        findings = check("claim-837p.json", "\"R50.9\"", "\"R99.99\"", sets);
        assertThat(findings).extracting(f -> f.ruleId() + " " + f.location().path())
                .containsExactly("CLAIM-ICD10CM-INVALID $.diagnoses[1]");
    }

    @Test
    void check_dateOutsideEveryRelease_errorNamesDate() throws IOException {
        CodeSets sets = codeSets(Set.of("J029", "R509"), Set.of(), Set.of());
        List<Finding> findings = check("claim-837p.json", "2026-03-02", "2027-03-02", sets);
        assertThat(findings).filteredOn(Finding::isError).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("2027-03-02"));
    }

    @Test
    void check_institutionalInvalidPcsAndLineOutsideStay_errors() throws IOException {
        CodeSets sets = codeSets(Set.of("K3580", "E119", "I10", "R1031"), Set.of(), Set.of("0DTJ4ZZ"));
        assertThat(check("claim-837i.json", "", "", sets)).noneMatch(Finding::isError);
        List<Finding> findings = check("claim-837i.json", "\"0DTJ4ZZ\"", "\"0DTJ4ZX\"", sets);
        assertThat(findings).extracting(f -> f.ruleId() + " " + f.location().path())
                .containsExactly("CLAIM-ICD10PCS-INVALID $.procedures[0].code");
        findings = check("claim-837i.json", "\"1250.50\", \"serviceDate\": \"2026-02-10\"", "\"1250.50\", \"serviceDate\": \"2026-02-20\"", sets);
        assertThat(findings).extracting(f -> f.ruleId() + " " + f.location().path())
                .containsExactly("CLAIM-DATES $.lines[2].serviceDate");
    }

    @Test
    void check_patientBornAfterService_error() throws IOException {
        CodeSets sets = codeSets(Set.of("J029", "R509"), Set.of(), Set.of());
        List<Finding> findings = check("claim-837p.json", "2015-09-30", "2026-05-01", sets);
        assertThat(findings).extracting(f -> f.ruleId() + " " + f.location().path())
                .containsExactly("CLAIM-DATES $.patient.birthDate");
    }
}
