package org.medcoder.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.medcoder.codesets.CodeSets;
import org.medcoder.codesets.ReleaseInfo;
import org.medcoder.core.CodeSystem;

/**
 * Which loaded release of a system to use for a date when browsing (search, bench): the one in effect, else the
 * newest that started before the date, else the oldest — with a warning, because codes may differ. Claim
 * validation never falls back like this; it asks {@link CodeSets} for the release in effect and fails otherwise.
 */
final class ReleaseDates {

    private ReleaseDates() {
    }

    /** A date inside the chosen release's period, or empty when the system has no release loaded. */
    static Optional<LocalDate> pick(CodeSets sets, CodeSystem system, LocalDate date, PrintWriter err) {
        var infos = sets.releases().stream().filter(r -> r.system() == system).toList();
        if (infos.isEmpty()) {
            return Optional.empty();
        }
        Optional<ReleaseInfo> inEffect = infos.stream().filter(r -> r.period().contains(date)).findFirst();
        if (inEffect.isPresent()) {
            return Optional.of(date);
        }
        ReleaseInfo nearest = infos.stream().filter(r -> r.period().start().isBefore(date))
                .max(Comparator.comparing(r -> r.period().start()))
                .orElseGet(() -> infos.stream().min(Comparator.comparing(r -> r.period().start())).orElseThrow());
        err.println("medcoder: warning: no " + SearchCommand.label(system) + " release in effect on " + date
                + "; using " + nearest.version() + " (" + nearest.period() + ")");
        err.flush();
        return Optional.of(nearest.period().start());
    }
}
