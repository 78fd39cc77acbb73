package org.medcoder.coding.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.core.IcdCmCode;

/**
 * Turns a diagnosis code into one the release allows to be reported: a billable code stays; a category or
 * subcategory (or a code the release lacks, through its nearest existing parent) descends to its "unspecified"
 * child, else its first child, until a billable code is reached (I.A.2: code to the highest specificity
 * documented; the unspecified child is the honest default when the note says no more).
 */
public final class Reportable {

    private final IcdCmRelease release;

    public Reportable(IcdCmRelease release) {
        this.release = release;
    }

    /** The billable code to report, or empty when the release has nothing at or above it. */
    public String of(String code) {
        if (!IcdCmCode.isWellFormed(code)) {
            return "";
        }
        IcdCmCode c = IcdCmCode.parse(code);
        while (release.entry(c).isEmpty() && c.value().length() > 3) {
            c = c.parent();
        }
        Optional<IcdCmEntry> e = release.entry(c);
        for (int depth = 0; depth < 5 && e.isPresent(); depth++) {
            if (e.get().billable()) {
                return e.get().code().value();
            }
            List<IcdCmEntry> children = release.children(e.get().code());
            if (children.isEmpty()) {
                return "";
            }
            e = Optional.of(children.stream()
                    .filter(x -> x.longTitle().toLowerCase(Locale.ROOT).contains("unspecified"))
                    .findFirst().orElse(children.get(0)));
        }
        return "";
    }

    /** The long title of a code, or empty. */
    public String title(String code) {
        return IcdCmCode.isWellFormed(code) ? release.entry(IcdCmCode.parse(code)).map(IcdCmEntry::longTitle).orElse("") : "";
    }
}
