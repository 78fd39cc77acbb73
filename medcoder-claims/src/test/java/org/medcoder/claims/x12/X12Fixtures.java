package org.medcoder.claims.x12;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The hand-written 835 fixture and helpers shared by the X12 tests. */
final class X12Fixtures {

    static final String CLINIC_835 = "/x12/005010X221A1/clinic-eft.835";

    private X12Fixtures() {
    }

    static String clinic835() {
        try (InputStream in = X12Fixtures.class.getResourceAsStream(CLINIC_835)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ValidationReport validate(String text) {
        return X12Validator.validate(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), "test.835");
    }
}
