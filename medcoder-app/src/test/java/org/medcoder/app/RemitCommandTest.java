package org.medcoder.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemitCommandTest {

    /** The example in docs/remittance.md: an 835 answering the two example claims of docs/examples, and one more. */
    static final Path EXAMPLE = Path.of("../docs/examples/remit-835-example.835");
    static final String CLAIMS = "../docs/examples/claim-837p.json,../docs/examples/claim-837i.json";

    @Test
    void read_example_postingSummaryAndExit0() {
        CommandRunner.Result r = CommandRunner.run(new RemitCommand(), "read", EXAMPLE.toString(), "--claims", CLAIMS);

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Balance: ok", "Claim PCN-2026-0001", "[MATCHED]", "[UNKNOWN_CLAIM]",
                "DENIED line 2 35.00", "CO-97 35.00", "L6  EHP26030002");
        assertThat(r.out()).doesNotContain("DOE", "POE"); // patient names are not printed
    }

    @Test
    void read_json_amountsAsNumbersAndMeanings() throws Exception {
        CommandRunner.Result r = CommandRunner.run(new RemitCommand(), "read", EXAMPLE.toString(), "--json");

        JsonNode root = Json.mapper().readTree(r.out());
        JsonNode remit = root.get("remittances").get(0);
        assertThat(remit.get("remittance").get("payment").get("amount").decimalValue()).isEqualByComparingTo("12084.40");
        assertThat(remit.get("posting").get(1).get("allowed").decimalValue()).isEqualByComparingTo("13000.00");
        assertThat(remit.get("posting").get(0).get("match").asText()).isEqualTo("NOT_CHECKED");
        assertThat(root.get("meanings").get("CARC 29").asText()).isNotBlank();
        assertThat(root.get("findings")).isEmpty();
    }

    @Test
    void read_truncated_exit1WithPosition(@TempDir Path dir) throws Exception {
        String text = Files.readString(EXAMPLE);
        Path cut = dir.resolve("cut.835");
        Files.writeString(cut, text.substring(0, text.indexOf("LX*2")));

        CommandRunner.Result r = CommandRunner.run(new RemitCommand(), "read", cut.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("Claim PCN-2026-0001", "X12-IK502-2", "segment");
    }

    @Test
    void read_notX12_exit2(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("letter.txt");
        Files.writeString(file, "Dear provider");

        assertThat(CommandRunner.run(new RemitCommand(), "read", file.toString()).exit()).isEqualTo(2);
    }

    @Test
    void read_missingFile_oneLineError() {
        CommandRunner.Result r = CommandRunner.run(new RemitCommand(), "read", "no-such.835");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("medcoder read: no such file: no-such.835");
    }
}
