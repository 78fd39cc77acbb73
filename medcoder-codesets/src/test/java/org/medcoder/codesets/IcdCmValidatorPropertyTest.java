package org.medcoder.codesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medcoder.codesets.IcdCmValidation.Status;
import org.medcoder.core.IcdCmCode;

/** Validation against the code list as oracle, on the fixture releases. */
class IcdCmValidatorPropertyTest {

    static final LocalDate FY2026 = LocalDate.of(2026, 5, 1);

    @TempDir
    static Path cache;

    static CodeSets sets;
    static List<IcdCmEntry> entries;

    @BeforeAll
    static void load() {
        sets = CodeSetsLoader.load(CodeSetsLoaderTest.FIXTURE, cache);
        entries = sets.icd10cm(FY2026).entries();
    }

    @Test
    void validate_everyOrderFileCode_validIffBillable() {
        qt().forAll(integers().between(0, entries.size() - 1)).checkAssert(i -> {
            IcdCmEntry e = entries.get(i);
            Status s = IcdCmValidator.validate(sets, e.code().dotted(), FY2026).status();
            assertThat(s == Status.VALID).as(e.code().dotted()).isEqualTo(e.billable());
        });
    }

    @Test
    void validate_randomWellFormedCode_validOnlyWhenBillableInRelease() {
        qt().forAll(strings().betweenCodePoints('0', 'Z').ofLengthBetween(2, 6), integers().between(0, 25)).checkAssert((tail, l) -> {
            String text = (char) ('A' + l) + tail;
            if (IcdCmCode.isWellFormed(text)) {
                Status s = IcdCmValidator.validate(sets, text, FY2026).status();
                assertThat(s == Status.VALID).as(text).isEqualTo(sets.icd10cm(FY2026).isBillable(IcdCmCode.parse(text)));
            }
        });
    }
}
