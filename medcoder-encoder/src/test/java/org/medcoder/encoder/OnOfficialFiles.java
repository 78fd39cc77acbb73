package org.medcoder.encoder;

import org.junit.jupiter.api.BeforeAll;

/** Base of the integration tests that encode statements with the FY2026 release read from the official files. */
abstract class OnOfficialFiles {

    static Encoder encoder;

    @BeforeAll
    static void load() {
        encoder = OfficialRelease.fy2026Encoder();
    }
}
