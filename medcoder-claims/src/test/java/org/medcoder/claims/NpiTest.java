package org.medcoder.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class NpiTest {

    @Test
    void parse_cmsExample_accepted() {
        // The CMS NPI check-digit paper's worked example: base 123456789 gives check digit 3.
        assertThat(Npi.parse("1234567893").value()).isEqualTo("1234567893");
        assertThat(Npi.checkDigit("123456789")).isEqualTo('3');
    }

    @Test
    void parse_wrongCheckDigit_rejectedNamingExpectedDigit() {
        assertThatThrownBy(() -> Npi.parse("1234567890"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1234567890").hasMessageContaining("expected 3");
    }

    @Test
    void parse_notTenDigits_rejected() {
        assertThatThrownBy(() -> Npi.parse("12345")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Npi.parse("12345678AB")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void checkDigit_anySingleDigitChange_detected() {
        // Luhn detects every single-digit error: changing one digit of a valid NPI makes it invalid.
        qt().forAll(integers().between(100_000_000, 299_999_999), integers().between(0, 8), integers().between(1, 9))
                .checkAssert((base, pos, delta) -> {
                    String npi = base + String.valueOf(Npi.checkDigit(String.valueOf(base)));
                    assertThat(Npi.isValid(npi)).isTrue();
                    char[] c = npi.toCharArray();
                    c[pos] = (char) ('0' + (c[pos] - '0' + delta) % 10);
                    assertThat(Npi.isValid(new String(c))).isFalse();
                });
    }
}
