package org.medcoder.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.medcoder.coding.internal.StubPcsRelease;

/** Procedures built from the PCS tables ({@code PcsBuilder}) through the whole coder, with a small PCS release. */
class CoderPcsTest {

    private static final StubPcsRelease PCS = new StubPcsRelease();

    private static CodingResult code(Coder coder, String text) {
        return coder.code(ClinicalDocument.ofText("doc", text), CodingOptions.of(Setting.INPATIENT, LocalDate.of(2025, 11, 4)));
    }

    @Test
    void code_withoutTraining_proposesTheBuiltCodeWithItsTableTrail() {
        String text = "History of present illness.\nA laparoscopic cholecystectomy was performed on day 2.";
        CodingResult r = code(Coder.withoutTraining(Optional.empty(), Optional.of(PCS)), text);
        assertThat(r.procedures()).extracting(ProposedCode::code).containsExactly("0FT44ZZ");
        Evidence e = r.procedures().get(0).evidence().get(0);
        assertThat(e.quote()).isEqualTo("cholecystectomy").isEqualTo(e.span().in(text));
        assertThat(e.source()).startsWith("PCS table 0FT row 1: ").contains("4 Percutaneous Endoscopic ← \"laparoscopic\"");
    }

    @Test
    void code_withoutTraining_negatedProcedure_notCoded() {
        CodingResult r = code(Coder.withoutTraining(Optional.empty(), Optional.of(PCS)), "No cholecystectomy was performed.");
        assertThat(r.procedures()).isEmpty();
    }

    /**
     * A made-up corpus where the words "hepatectomy" and "nephrectomy" name procedures the learned statistics see
     * rarely: the model learns from the built candidates how far to trust them, and the proposal keeps the trail.
     */
    @Test
    void code_trained_builtCandidateRankedWithTrailAndValidCode() {
        String[] filler = {"The patient was admitted.", "Vital signs were stable.", "She was discharged home."};
        String[][] procedures = {{"A left nephrectomy was performed.", "0TT10ZZ"},
            {"A right nephrectomy was performed.", "0TT00ZZ"}, {"Chest X-ray was normal.", "BW03ZZZ"},
            {"Partial hepatectomy by open surgery.", "0FB00ZZ"}, {"Laparoscopic cholecystectomy.", "0FT44ZZ"}};
        Random random = new Random(11);
        List<TrainingCase> cases = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            String[] p = procedures[random.nextInt(procedures.length)];
            String text = filler[random.nextInt(filler.length)] + "\n" + p[0] + "\n" + filler[random.nextInt(filler.length)];
            cases.add(new TrainingCase("t" + i, text, Set.of(), Set.of(p[1])));
        }
        Coder coder = Coder.train(cases, Optional.empty(), Optional.of(PCS), true);
        CodingResult r = code(coder, "She was admitted.\nAn open left nephrectomy was performed.");
        assertThat(r.procedures()).extracting(ProposedCode::code).contains("0TT10ZZ");
        ProposedCode c = r.procedures().stream().filter(p -> p.code().equals("0TT10ZZ")).findFirst().orElseThrow();
        assertThat(c.evidence()).anyMatch(e -> e.source().startsWith("PCS table 0TT row 1: ")
                && e.source().contains("1 Kidney, Left ← \"left nephrectomy\""));
        assertThat(r.procedures()).allMatch(p -> PCS.isValid(org.medcoder.core.PcsCode.parse(p.code())));
    }
}
