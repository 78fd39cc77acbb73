package org.medcoder.encoder;

import java.util.Objects;
import org.medcoder.core.IcdCmCode;

/**
 * One billable code of an encoder result, with its title and the trail that led to it.
 *
 * @param code  the billable code
 * @param title its long title in the release
 * @param trail how it was found
 */
public record EncodedCode(IcdCmCode code, String title, Trail trail) {

    public EncodedCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(trail, "trail");
    }
}
