package org.medcoder.encoder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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

    /** This code with one more tabular step and the guideline sections it applied added to its trail. */
    public EncodedCode withStep(String step, Collection<String> sections) {
        List<String> tabular = new ArrayList<>(trail.tabular());
        tabular.add(step);
        Set<String> guidelines = new LinkedHashSet<>(trail.guidelines());
        guidelines.addAll(sections);
        return new EncodedCode(code, title,
                new Trail(trail.indexPath(), tabular, List.copyOf(guidelines), trail.release()));
    }
}
