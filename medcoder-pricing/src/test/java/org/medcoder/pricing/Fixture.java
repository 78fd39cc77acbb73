package org.medcoder.pricing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.medcoder.core.Money;

/** The test fixture: two RVU releases (April, July 2026) and six GPCI localities, excerpts in {@code mpfs/2026}. */
final class Fixture {

    static final LocalDate JULY = LocalDate.of(2026, 7, 15);
    /** REST OF WASHINGTON: work 1.000, PE 0.975, MP 0.623. */
    static final LocalityId WA = LocalityId.of("02402", "WA", "99");

    private static FeeSchedule schedule;

    private Fixture() {
    }

    static synchronized FeeSchedule schedule() {
        if (schedule == null) {
            try {
                schedule = FeeSchedule.load(layOut(Path.of(Fixture.class.getResource("/mpfs/2026").toURI())));
            } catch (URISyntaxException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return schedule;
    }

    /**
     * The excerpts copied into a temporary folder under CMS's file names, which date a release (see FIXTURES.md).
     * It is deleted when the test JVM exits.
     */
    private static Path layOut(Path excerpts) throws IOException {
        Path dir = Files.createTempDirectory("medcoder-mpfs-fixture");
        dir.toFile().deleteOnExit(); // after its files: deleteOnExit works in reverse order
        Map.of("rvu-apr-excerpt.csv", "PPRRVU2026_Apr_nonQPP.csv", "rvu-jul-excerpt.csv", "PPRRVU2026_Jul_nonQPP.csv",
                "gpci-excerpt.csv", "GPCI2026.csv").forEach((from, to) -> copy(excerpts.resolve(from), dir.resolve(to)));
        return dir;
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to);
            to.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Pricer pricer() {
        return new Pricer(schedule());
    }

    static ServiceLine line(int number, String codeWithModifiers, int units, CareSetting setting) {
        return ServiceLine.parse(number, codeWithModifiers, units, JULY, setting);
    }

    /** Lines 1..n of the codes, one unit each, same date and performer. */
    static List<ServiceLine> lines(CareSetting setting, String... codes) {
        List<ServiceLine> out = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            out.add(line(i + 1, codes[i], 1, setting));
        }
        return out;
    }

    static PricedLine alone(String codeWithModifiers, CareSetting setting) {
        return pricer().priceAlone(line(1, codeWithModifiers, 1, setting), WA);
    }

    static PricedClaim claim(CareSetting setting, String... codes) {
        return pricer().price(lines(setting, codes), WA);
    }

    static Money money(String text) {
        return Money.parse(text);
    }
}
