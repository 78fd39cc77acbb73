package org.medcoder.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ClaimCommandTest {

    static final Path EXAMPLES = Path.of("..", "docs", "examples");

    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    /** The 837P example as a batch with three broken copies: 13 diagnoses, a 3-character modifier, a wrong NPI check digit. */
    private Path batch() throws IOException {
        String good = Files.readString(EXAMPLES.resolve("claim-837p.json"));
        String dx13 = good.replace("PCN-2026-0001", "PCN-DX13").replace("[\"J02.9\", \"R50.9\"]",
                "[\"J02.9\",\"R50.9\",\"A00.0\",\"A00.1\",\"A01.00\",\"A02.0\",\"A03.0\",\"A04.0\",\"A05.0\",\"A06.0\",\"A07.0\",\"A08.0\",\"A09\"]");
        String mod = good.replace("PCN-2026-0001", "PCN-MOD").replace("[\"QW\"]", "[\"QWX\"]");
        String npi = good.replace("PCN-2026-0001", "PCN-NPI").replace("1234567893", "1234567890");
        Path file = dir.resolve("batch.json");
        Files.writeString(file, "{\"claims\": [" + dx13 + "," + good + "," + mod + "," + npi + "]}");
        return file;
    }

    @Test
    void build_batchWithBadClaims_onlyGoodClaimWrittenAndBadOnesListed() throws IOException {
        Path out = dir.resolve("out.837");
        CommandRunner.Result r = console.run("claim", "build", batch().toString(), "--format", "837p", "--out", out.toString(), "--skip-code-sets",
                "--state-dir", dir.resolve("state").toString());
        assertThat(r.exit()).isEqualTo(1);
        String edi = Files.readString(out);
        assertThat(edi).contains("CLM*PCN-2026-0001*").doesNotContain("PCN-DX13", "PCN-MOD", "PCN-NPI");
        assertThat(r.out()).contains("wrote 1 claim(s)")
                .contains("CLAIM-DX-COUNT at $.claims[0].diagnoses")
                .contains("CLAIM-MODIFIER at $.claims[2].lines[1].modifiers[0]")
                .contains("CLAIM-NPI at $.claims[3].billingProvider.npi");
    }

    @Test
    void build_twice_controlNumberIncreases() throws IOException {
        Path state = dir.resolve("state");
        for (int i = 1; i <= 2; i++) {
            Path out = dir.resolve("p" + i + ".837");
            CommandRunner.Result r = console.run("claim", "build", EXAMPLES.resolve("claim-837p.json").toString(), "--format", "837P", "--out",
                    out.toString(), "--skip-code-sets", "--state-dir", state.toString());
            assertThat(r.exit()).isZero();
            assertThat(Files.readString(out)).contains(String.format("*00501*%09d*", i)).contains(String.format("IEA*1*%09d~", i));
        }
    }

    @Test
    void build_institutionalClaimAs837p_nothingWritten() throws IOException {
        Path out = dir.resolve("x.837");
        CommandRunner.Result r = console.run("claim", "build", EXAMPLES.resolve("claim-837i.json").toString(), "--format", "837p", "--out",
                out.toString(), "--skip-code-sets", "--state-dir", dir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(out).doesNotExist();
        assertThat(r.out()).contains("X12-WRONG-GUIDE");
    }

    @Test
    void check_json_listsFindingsWithPaths() throws IOException {
        CommandRunner.Result r = console.run("claim", "check", batch().toString(), "--json", "--skip-code-sets");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("\"path\" : \"$.claims[2].lines[1].modifiers[0]\"").contains("\"valid\" : true");
    }

    @Test
    void check_malformedJson_oneLineErrorWithLineAndColumn() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"type\": \"professional\",\n  \"claimId\": \n}");
        CommandRunner.Result r = console.run("claim", "check", bad.toString(), "--skip-code-sets");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad.json: malformed JSON at line 4, column").doesNotContain("Exception");
    }

    @Test
    void build_unknownFormat_usageError() {
        CommandRunner.Result r = console.run("claim", "build", EXAMPLES.resolve("claim-837p.json").toString(), "--format", "pdf", "--out",
                dir.resolve("x").toString(), "--skip-code-sets");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown format 'pdf'");
    }
}
