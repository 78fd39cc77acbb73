package org.medcoder.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medcoder.core.PcsCode;
import org.medcoder.nlp.ClinicalPipeline;

class PcsBuilderTest {

    private static final StubPcsRelease RELEASE = new StubPcsRelease();
    private static final PcsBuilder BUILDER = PcsBuilder.of(RELEASE);
    private static final ClinicalPipeline PIPELINE = new ClinicalPipeline();

    private static List<PcsBuilder.Match> build(String text) {
        return BUILDER.build(PIPELINE.analyze(text));
    }

    private static List<String> codes(String text) {
        return build(text).stream().map(PcsBuilder.Match::code).toList();
    }

    @Test
    void build_suffixWordWithStatedApproach_resectionFromTheCombiningForm() {
        List<PcsBuilder.Match> m = build("A laparoscopic cholecystectomy was performed.");
        assertThat(m).extracting(PcsBuilder.Match::code).containsExactly("0FT44ZZ");
        assertThat(m.get(0).trail()).isEqualTo("PCS table 0FT row 1: 0 Medical and Surgical; F Hepatobiliary System"
                + " and Pancreas; T Resection ← \"cholecystectomy\"; 4 Gallbladder ← \"cholecystectomy\"; 4 Percutaneous"
                + " Endoscopic ← \"laparoscopic\"; Z No Device ← B6.1a: no device stated to remain; Z No Qualifier ← no"
                + " qualifier stated");
        assertThat(m.get(0).stated()).isEqualTo(3);
        assertThat(m.get(0).hit().code()).isEqualTo("0FT4");
    }

    @Test
    void build_partialResection_isExcision() {
        assertThat(codes("Partial hepatectomy by open surgery.")).containsExactly("0FB00ZZ");
    }

    @Test
    void build_biopsy_excisionWithDiagnosticQualifier() {
        assertThat(codes("Percutaneous biopsy of the liver.")).containsExactly("0FB03ZX");
    }

    @Test
    void build_definitionsIncludedTerm_reachesTheBodyPart() {
        List<PcsBuilder.Match> m = build("Resection of the quadrate lobe.");
        assertThat(m).extracting(PcsBuilder.Match::code).containsExactly("0FT00ZZ");
        assertThat(m.get(0).trail()).contains("0 Liver ← \"quadrate lobe\" (Definitions: Quadrate lobe)",
                "approach not stated: first value of the row, check it");
    }

    @Test
    void build_statedSide_picksThatSide_elseRightAndLeftButNotBilateral() {
        assertThat(codes("Left nephrectomy.")).containsExactly("0TT10ZZ");
        assertThat(codes("Nephrectomy of both kidneys.")).containsExactly("0TT20ZZ");
        assertThat(codes("Nephrectomy.")).containsExactlyInAnyOrder("0TT00ZZ", "0TT10ZZ");
    }

    @Test
    void build_imagingOfPairedOrgansWithoutSide_isBilateral() {
        assertThat(codes("Renal ultrasound was normal.")).containsExactly("BT43ZZZ");
        assertThat(codes("Ultrasound of the right kidney.")).containsExactly("BT41ZZZ");
    }

    @Test
    void build_compoundWord_namesBothRegions() {
        assertThat(codes("A thoracoabdominal radiograph.")).containsExactly("BW04ZZZ");
    }

    @Test
    void build_noDeviceStated_rowWithNoDevice_elseTheStatedDevice() {
        assertThat(codes("Paracentesis was done.")).containsExactly("0W9G3ZZ");
        assertThat(codes("Paracentesis with placement of a drainage tube.")).contains("0W9G30Z");
    }

    @Test
    void build_imagingList_eachTypeItsOwnBodyPart() {
        assertThat(codes("Chest X-ray and abdominal radiograph.")).containsExactly("BW03ZZZ", "BW00ZZZ");
        assertThat(codes("Radiography of the abdomen and pelvis.")).containsExactly("BW01ZZZ");
    }

    @Test
    void build_operationWithoutBodyPart_orNoProcedureWords_buildsNothing() {
        assertThat(codes("The resection was uneventful.")).isEmpty();
        assertThat(codes("Chronic liver disease and gallbladder stones.")).isEmpty();
    }

    @Test
    void build_everyBuiltCode_isValidInTheTables() {
        String note = "Laparoscopic cholecystectomy. Biopsy of the gallbladder. Chest X-ray. Nephrectomy. Paracentesis"
                + " and open drainage of the peritoneal cavity. Partial resection of the liver.";
        assertThat(build(note)).isNotEmpty()
                .allSatisfy(m -> assertThat(RELEASE.isValid(PcsCode.parse(m.code()))).as(m.code()).isTrue());
    }

    @Test
    void alternatives_slashLabels_shareTheirHeadWordButNotTheSide() {
        assertThat(PcsBodyParts.alternatives("Abdominal/Retroperitoneal Lymphatics, Bilateral"))
                .containsExactly("Abdominal Lymphatics", "Retroperitoneal Lymphatics, Bilateral");
        assertThat(PcsBodyParts.alternatives("Sella Turcica/Pituitary Gland")).containsExactly("Sella Turcica", "Pituitary Gland");
        assertThat(PcsBodyParts.alternatives("Chest")).containsExactly("Chest");
    }

    @Test
    void bestByPrefix_keepsTheMostStatedCode() {
        var best = PcsBuilder.bestByPrefix(build("Nephrectomy. Later an open left nephrectomy."));
        assertThat(best.get("0TT1").code()).isEqualTo("0TT10ZZ");
        assertThat(best.get("0TT1").stated()).isEqualTo(3);
    }
}
