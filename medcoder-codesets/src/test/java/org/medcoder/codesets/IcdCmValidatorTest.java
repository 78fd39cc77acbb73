package org.medcoder.codesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medcoder.codesets.IcdCmValidation.Status;

class IcdCmValidatorTest {

    static final LocalDate FY2026 = LocalDate.of(2026, 5, 1);
    static final LocalDate FY2027 = LocalDate.of(2026, 11, 26);

    @TempDir
    static Path cache;

    static CodeSets sets;

    @BeforeAll
    static void load() {
        sets = CodeSetsLoader.load(CodeSetsLoaderTest.FIXTURE, cache);
    }

    private static IcdCmValidation check(String code, LocalDate dos) {
        return IcdCmValidator.validate(sets, code, dos);
    }

    @Test
    void validate_billableCode_valid() {
        IcdCmValidation v = check("e1122", FY2026);
        assertThat(v.status()).isEqualTo(Status.VALID);
        assertThat(v.ok()).isTrue();
        assertThat(v.code()).isEqualTo("E11.22");
        assertThat(v.release()).isEqualTo("FY2026");
    }

    @Test
    void validate_header_listsBillableCodesBelow() {
        IcdCmValidation v = check("E87.2", FY2026);
        assertThat(v.status()).isEqualTo(Status.HEADER);
        assertThat(v.suggestions()).extracting(CodeTitle::code).containsExactly("E87.20", "E87.21", "E87.22", "E87.29");
    }

    @Test
    void validate_missingSeventh_listsAllowedCharactersWithMeanings() {
        IcdCmValidation v = check("S72.321", FY2026);
        assertThat(v.status()).isEqualTo(Status.MISSING_SEVENTH_CHARACTER);
        assertThat(v.seventhCharacters()).extracting(SeventhCharacter::character).containsExactly('A', 'B', 'S');
        assertThat(v.seventhCharacters().get(0).meaning()).isEqualTo("initial encounter for closed fracture");
    }

    @Test
    void validate_missingPlaceholder_suggestsCodeWithX() {
        IcdCmValidation v = check("T40.25A", FY2026);
        assertThat(v.status()).isEqualTo(Status.MISSING_PLACEHOLDER);
        assertThat(v.suggestions()).extracting(CodeTitle::code).containsExactly("T40.2X5A");
        assertThat(check("T40.2X5A", FY2026).ok()).isTrue();
    }

    @Test
    void validate_wrongSeventh_listsAllowed() {
        IcdCmValidation v = check("T40.2X5Q", FY2026);
        assertThat(v.status()).isEqualTo(Status.INVALID_SEVENTH_CHARACTER);
        assertThat(v.seventhCharacters()).extracting(SeventhCharacter::character).containsExactly('A', 'D', 'S');
    }

    @Test
    void validate_codeOfLaterRelease_notYetValidNamingRelease() {
        IcdCmValidation v = check("E11.23", FY2026);
        assertThat(v.status()).isEqualTo(Status.NOT_YET_VALID);
        assertThat(v.otherRelease()).isEqualTo("FY2027");
        assertThat(check("E11.23", FY2027).ok()).isTrue();
    }

    @Test
    void validate_deletedCode_namesLastRelease() {
        IcdCmValidation v = check("E11.29", FY2027);
        assertThat(v.status()).isEqualTo(Status.DELETED);
        assertThat(v.otherRelease()).isEqualTo("FY2026");
        assertThat(v.message()).contains("2026-09-30");
    }

    @Test
    void validate_unknown_suggestsNearestValidCodes() {
        IcdCmValidation v = check("E11.99", FY2026);
        assertThat(v.status()).isEqualTo(Status.UNKNOWN);
        assertThat(v.suggestions()).extracting(CodeTitle::code).containsExactly("E11.9");
    }

    @Test
    void validate_malformed_throwsNamingInput() {
        assertThatThrownBy(() -> check("11.22E", FY2026)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("11.22E");
    }
}
