package org.medcoder.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code medcoder price} end to end on the official RVU26C and GPCI files: output and exit codes. */
class PriceCommandIT {

    private static final Path DATA = Path.of(System.getProperty("medcoder.data", "../shared/data"));
    private static final Path EXAMPLES = Path.of(System.getProperty("user.dir")).resolve("../docs/examples");

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private CommandRunner.Result run(String... args) {
        if (!Files.isDirectory(DATA.resolve("mpfs"))) {
            throw new IllegalStateException("official data folder missing: " + DATA.toAbsolutePath());
        }
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = DATA.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return console.run(prepend("price", all));
    }

    private static String[] prepend(String first, String[] rest) {
        String[] out = new String[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    @Test
    void price_code_showsEveryStepAndExits0() {
        CommandRunner.Result r = run("99213", "--locality", "02402-99", "--dos", "2026-07-15");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("2.77957 × 33.4009", "allowed     92.84", "INCOMPLETE: 98 of the 109");
    }

    @Test
    void price_nonCoveredCode_saysWhyAndExits1() {
        CommandRunner.Result r = run("0469T", "--locality", "02402-99");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("not priced: NOT_COVERED");
    }

    @Test
    void price_badInput_oneLineErrorExit2() {
        assertThat(run("99999", "--locality", "02402-99").err()).contains("not on the fee schedule");
        assertThat(run("99213-Z", "--locality", "02402-99").exit()).isEqualTo(2);
        CommandRunner.Result missing = run("99213", "--locality", "01112-CA-72");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("INCOMPLETE").doesNotContain("Exception");
        assertThat(run("99213", "--locality", "02402-99", "--dos", "2025-01-01").err())
                .contains("outside every loaded fee schedule release");
    }

    @Test
    void price_claimWithRemit_expectedVsPaidWithReasonCodes() {
        CommandRunner.Result r = run("--claim", EXAMPLES.resolve("price-claim-surgery.json").toString(), "--locality", "02402-99",
                "--remit", EXAMPLES.resolve("price-claim-surgery.835").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("ENDOSCOPY_FAMILY", "MULTIPLE_SURGERY", "CO-45 1089.85", "654.56",
                "not priced: NOT_COVERED");
    }

    @Test
    void price_json_hasFormulaAndNoDescription() {
        CommandRunner.Result r = run("70450-26", "--locality", "02402-99", "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"formula\"", "\"allowed\" : \"38.53\"", "PROFESSIONAL_COMPONENT")
                .doesNotContain("\"description\" : \"CT");
    }
}
