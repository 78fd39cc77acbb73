package org.medcoder.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medcoder.codesets.PcsRelease;
import org.medcoder.codesets.icd10pcs.PcsLoader;
import org.medcoder.core.PcsCode;
import org.medcoder.nlp.ClinicalPipeline;

/**
 * {@link PcsBuilder} on the official FY2026 ICD-10-PCS tables and definitions (system property {@code medcoder.data}),
 * with procedure sentences written for this test.
 */
class PcsBuilderIT {

    private static PcsRelease fy2026;
    private static PcsBuilder builder;
    private static final ClinicalPipeline PIPELINE = new ClinicalPipeline();

    @BeforeAll
    static void load() {
        String dir = System.getProperty("medcoder.data");
        if (dir == null || !Files.isDirectory(Path.of(dir, "icd10pcs"))) {
            throw new IllegalStateException("official data folder missing: set -Dmedcoder.data to ../shared/data (was " + dir + ")");
        }
        fy2026 = PcsLoader.load(Path.of(dir), f -> { }).stream()
                .filter(r -> r.info().version().equals("FY2026")).findFirst().orElseThrow();
        builder = PcsBuilder.of(fy2026);
    }

    private static List<String> codes(String text) {
        return builder.build(PIPELINE.analyze(text)).stream().map(PcsBuilder.Match::code).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A laparoscopic cholecystectomy was performed without complications.|0FT44ZZ",
        "She underwent a percutaneous needle biopsy of the liver.|0FB03ZX",
        "Chest X-ray showed no infiltrates.|BW03ZZZ",
        "An abdominal ultrasound was normal.|BW40ZZZ",
        "Colonoscopy revealed two sessile polyps.|0DJD8ZZ",
        "Cystoscopy showed a papillary tumour.|0TJB8ZZ",
        "A right radical nephrectomy was done by open surgery.|0TT00ZZ",
        "Magnetic resonance imaging of the brain was requested.|B030ZZZ",
        "Fundoscopy of the left eye was normal.|08J1XZZ",
        "A left orchiectomy was performed through an inguinal incision.|0VTB0ZZ",
        "A partial gastrectomy was performed.|0DB60ZZ",
        "Rectal examination found no masses.|0DJDXZZ",
        "Testicular ultrasound showed a hydrocele.|BV44ZZZ",
        "Hemodialysis was started on day 3.|5A1D70Z",
    })
    void build_procedureSentence_buildsTheCode(String sentence, String expected) {
        assertThat(codes(sentence)).contains(expected);
    }

    @Test
    void build_everyCode_isValidInItsTableRow() {
        String note = "Chest X-ray, abdominal ultrasound and cranial CT were normal. Gastroscopy and colonoscopy with"
                + " biopsy of the sigmoid colon. Laparoscopic appendectomy. Ultrasound-guided paracentesis drained"
                + " 3 liters. Thoracentesis of the left pleural cavity with a drainage tube. Bilateral mastectomy."
                + " Transurethral resection of the bladder. Echocardiography showed a normal left ventricle."
                + " A stent was inserted in the common bile duct by endoscopy. Repair of the right inguinal hernia.";
        List<PcsBuilder.Match> built = builder.build(PIPELINE.analyze(note));
        assertThat(built).hasSizeGreaterThan(10);
        assertThat(built).allSatisfy(m -> assertThat(fy2026.isValid(PcsCode.parse(m.code()))).as(m.trail()).isTrue());
        assertThat(built).extracting(PcsBuilder.Match::code).contains("BW03ZZZ", "BW40ZZZ", "0DJ68ZZ", "0DBN8ZX",
                "0DTJ4ZZ", "0W9G3ZZ", "0TTB8ZZ");
    }

    @Test
    void build_biopsy_excisionWithDiagnosticQualifierAndTrail() {
        List<PcsBuilder.Match> built = builder.build(PIPELINE.analyze("Open biopsy of the right breast."));
        assertThat(built).extracting(PcsBuilder.Match::code).containsExactly("0HBT0ZX");
        assertThat(built.get(0).trail()).startsWith("PCS table 0HB row ")
                .contains("B Excision ← \"biopsy\"", "T Breast, Right ← \"right breast\"", "0 Open ← \"Open\"",
                        "Z No Device ← B6.1a", "X Diagnostic ← B3.4a");
        assertThat(built.get(0).stated()).isEqualTo(4);
    }

    @Test
    void build_noSideStated_offersEverySide() {
        assertThat(codes("Nephrectomy was decided.")).extracting(c -> c.substring(0, 4))
                .contains("0TT0", "0TT1");
    }

    @Test
    void build_noProcedureWords_buildsNothing() {
        assertThat(codes("The patient has chronic kidney disease and a history of hypertension.")).isEmpty();
    }
}
