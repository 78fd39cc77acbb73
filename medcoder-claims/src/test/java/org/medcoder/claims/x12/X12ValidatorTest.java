package org.medcoder.claims.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medcoder.claims.x12.X12Fixtures.clinic835;
import static org.medcoder.claims.x12.X12Fixtures.validate;

import org.junit.jupiter.api.Test;

class X12ValidatorTest {

    @Test
    void validate_clinicFixture_valid835() {
        ValidationReport report = validate(clinic835());

        assertThat(report.findings()).isEmpty();
        assertThat(report.isValid()).isTrue();
        assertThat(report.transactions()).singleElement().satisfies(t -> {
            assertThat(t.kind()).contains(TransactionKind.REMITTANCE_835);
            assertThat(t.controlNumber()).isEqualTo("0001");
        });
        assertThat(report.interchange().senderId()).isEqualTo("PAYERSUBMIT");
    }

    @Test
    void validate_droppedClp_unexpectedSegmentAndCountMismatch() {
        ValidationReport report = validate(clinic835().replace("CLP*MC1002*1*280.00*120.00*20.00*12*PCN900002~\n", ""));

        assertThat(report.isValid()).isFalse();
        TransactionResult t = report.transactions().get(0);
        assertThat(t.errors()).anySatisfy(e -> {
            assertThat(e.level()).isEqualTo(X12Error.Level.SEGMENT);
            assertThat(e.position().segmentTag()).isEqualTo("NM1");
            assertThat(e.position().segmentCount()).isEqualTo(26);
        });
        assertThat(t.errors()).anySatisfy(e -> {
            assertThat(e.level()).isEqualTo(X12Error.Level.TRANSACTION);
            assertThat(e.code()).isEqualTo("4");
        });
    }

    @Test
    void validate_invalidDate_ik403Code8WithElementPosition() {
        ValidationReport report = validate(clinic835().replace("DTM*472*20261101", "DTM*472*20261301"));

        X12Error e = report.transactions().get(0).errors().get(0);
        assertThat(e.level()).isEqualTo(X12Error.Level.ELEMENT);
        assertThat(e.code()).isEqualTo("8");
        assertThat(e.position()).isEqualTo(new SegmentPosition(16, "DTM", "2110", 2, 0));
        assertThat(e.elementReference()).isEqualTo("373");
        assertThat(e.badValue()).isEqualTo("20261301");
        assertThat(report.findings().get(0).ruleId()).isEqualTo("X12-IK403-8");
        assertThat(report.findings().get(0).location().line()).isEqualTo(16);
    }

    @Test
    void validate_invalidCasGroup_invalidCodeValue() {
        ValidationReport report = validate(clinic835().replace("CAS*CO*50*80.00*2", "CAS*XX*50*80.00*2"));

        assertThat(report.transactions().get(0).errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("7");
            assertThat(e.position().toString()).isEqualTo("segment 35 CAS, loop 2110, CAS01");
        });
    }

    @Test
    void validate_wrongSeparatorInOneSegment_reportedWithPosition() {
        ValidationReport report = validate(clinic835().replace("CAS*PR*2*20.00", "CAS|PR*2*20.00"));

        assertThat(report.isValid()).isFalse();
        assertThat(report.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.location().line()).isPositive());
    }

    @Test
    void validate_truncated_trailerMissing() {
        String text = clinic835();
        ValidationReport report = validate(text.substring(0, text.indexOf("SVC*HC:97110") + 7));

        assertThat(report.readable()).isTrue();
        assertThat(report.transactions().get(0).errors()).anySatisfy(e -> {
            assertThat(e.level()).isEqualTo(X12Error.Level.TRANSACTION);
            assertThat(e.code()).isEqualTo("2");
        });
    }

    @Test
    void validate_missingGeAndIea_envelopeErrors() {
        String text = clinic835();
        ValidationReport report = validate(text.substring(0, text.indexOf("GE*1*101")));

        assertThat(report.envelopeErrors()).extracting(X12Error::code).containsExactly("3", "023");
    }

    @Test
    void validate_notX12_unreadable() {
        ValidationReport report = validate("Dear provider, your claim was paid.");

        assertThat(report.readable()).isFalse();
        assertThat(report.findings()).singleElement().satisfies(f -> assertThat(f.message()).contains("not a readable X12"));
    }

    @Test
    void validate_4010Remittance_notSupported() {
        ValidationReport report = validate(clinic835().replace("005010X221A1", "004010X091A1").replace("00501", "00401"));

        assertThat(report.transactions().get(0).errors()).anySatisfy(e -> {
            assertThat(e.level()).isEqualTo(X12Error.Level.TRANSACTION);
            assertThat(e.code()).isEqualTo("1");
        });
    }

    @Test
    void detect_erratumReleases_sameKind() {
        assertThat(TransactionKind.detect("837", "005010X222A2")).contains(TransactionKind.PROFESSIONAL_837P);
        assertThat(TransactionKind.detect("837", "005010X223A3")).contains(TransactionKind.INSTITUTIONAL_837I);
        assertThat(TransactionKind.detect("835", "005010X222A1")).isEmpty();
        assertThat(TransactionKind.detect("837", "004010X098A1")).isEmpty();
    }
}
