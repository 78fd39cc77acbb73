package org.medcoder.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Habit, exposure, service and adherence clauses in the index's words, on statements in no evaluation set. */
class RiskClausesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "gout in current 2-ppd cigarette smoker | gout | nicotine dependence cigarettes | TOBACCO",
        "eczema; heavy smoker | eczema | nicotine dependence | TOBACCO",
        "acne, smokes 10 cigarettes a day | acne | nicotine dependence cigarettes | TOBACCO",
        "gingivitis, chewing tobacco user | gingivitis | tobacco use | TOBACCO",
        "psoriasis; nicotine dependence, cigarettes, in remission | psoriasis | nicotine dependence cigarettes with disorder in remission | TOBACCO",
        "sinusitis, quit smoking 3 years ago | sinusitis | history of tobacco dependence | HISTORY",
        "otitis media; exposed to secondhand smoke at home | otitis media | exposure to environmental tobacco smoke | EXPOSURE",
        "rhinitis, secondhand smoke exposure at work | rhinitis | occupational exposure to environmental tobacco smoke | EXPOSURE",
        "insomnia in Vietnam veteran | insomnia | personal history of military service | HISTORY",
        "hyperkalemia, missed dialysis sessions due to cost | hyperkalemia | noncompliance with renal dialysis due to financial hardship | NONCOMPLIANCE",
        "obesity, not following her low-salt diet | obesity | noncompliance with dietary regimen | NONCOMPLIANCE",
        "hypertension, smokes cigars daily | hypertension | nicotine dependence other tobacco product | TOBACCO",
        "gout, smokes a pipe | gout | nicotine dependence other tobacco product | TOBACCO",
        "hypertension, 10 cigarettes per day | hypertension | nicotine dependence cigarettes | TOBACCO",
        "gout, 30 pack-years | gout | nicotine dependence cigarettes | TOBACCO",
        "copd, former 2 ppd smoker | copd | history of tobacco dependence | HISTORY",
        "hypertension, counseled to quit smoking | hypertension | counseling tobacco use | TOBACCO",
        "eczema, counseling on tobacco use | eczema | counseling tobacco use | TOBACCO",
        "hypertension, refuses to follow diet | hypertension | noncompliance with dietary regimen | NONCOMPLIANCE",
        "gout, not following a low-purine diet | gout | noncompliance with dietary regimen | NONCOMPLIANCE",
        "esrd, skipped dialysis because he could not afford transportation | esrd | noncompliance with renal dialysis due to financial hardship | NONCOMPLIANCE",
        "psoriasis; smokes 2 ppd cigarettes | psoriasis | nicotine dependence cigarettes | TOBACCO",
        "hypertension, smokes half a pack per day of cigarettes | hypertension | nicotine dependence cigarettes | TOBACCO",
        "gout in pack-a-day cigarette smoker | gout | nicotine dependence cigarettes | TOBACCO",
        "asthma in a two-pack-per-day smoker | asthma | nicotine dependence cigarettes | TOBACCO",
    })
    void split_riskClause_indexWordsAndConditionWithoutIt(String text, String main, String lookup, String kind) {
        StatedClauses.Split s = StatedClauses.split(text.toLowerCase(java.util.Locale.ROOT));
        assertThat(s.clauses()).extracting(StatedClauses.Clause::lookup).containsExactly(lookup);
        assertThat(s.clauses().get(0).kind()).isEqualTo(StatedClauses.Kind.valueOf(kind));
        assertThat(s.main(s.clauses())).isEqualTo(main);
    }

    /** "Advised to quit smoking" is no past habit; words that only mention smoke or a diet are no clause. */
    @Test
    void split_contextWithoutHabit_noClause() {
        assertThat(StatedClauses.split("smoke inhalation injury")).isNull();
        assertThat(StatedClauses.split("diet-controlled gestational diabetes")).isNull();
        assertThat(StatedClauses.split("end stage renal disease on dialysis")).isNotNull()
                .satisfies(s -> assertThat(s.clauses()).extracting(StatedClauses.Clause::kind)
                        .doesNotContain(StatedClauses.Kind.NONCOMPLIANCE));
        assertThat(StatedClauses.split("copd, advised to quit smoking")).satisfies(s -> {
            if (s != null) {
                assertThat(s.clauses()).extracting(StatedClauses.Clause::kind).doesNotContain(StatedClauses.Kind.HISTORY);
            }
        });
    }

    /**
     * Review s12 R1, R2, R4, 27, 43: a negated habit, another person's habit or service, a session missed for a
     * reason that is no choice of the patient's, a trigger whose smoker is not said and smoke that is not tobacco's
     * are no clause (I.B.4-I.B.5, I.C.21.c.4, I.C.19.e.5.c, I.C.21.c.1).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "copd, patient is not a smoker",
        "hypertension, she is not a smoker",
        "gout, patient is not a smoker",
        "eczema, never smoker",
        "hypertension, husband is a veteran",
        "low back pain, not a veteran",
        "tinnitus, wife is a navy veteran",
        "hyperkalemia, missed dialysis due to hospitalization",
        "fluid overload, missed dialysis sessions because of admission for pneumonia",
        "hyperphosphatemia, missed dialysis due to illness",
        "asthma, worse with smoking",
        "rhinitis, worse with smoking",
        "cough; exposure to smoke from a house fire",
        "rhinitis, exposed to smoke from wildfires",
    })
    void split_notThePatientsOwn_noClause(String text) {
        StatedClauses.Split s = StatedClauses.split(text);
        if (s != null) {
            assertThat(s.clauses()).extracting(StatedClauses.Clause::kind).doesNotContain(StatedClauses.Kind.TOBACCO,
                    StatedClauses.Kind.HISTORY, StatedClauses.Kind.NONCOMPLIANCE, StatedClauses.Kind.EXPOSURE);
        }
    }

    /** Another person's smoking is still the patient's exposure when the exposure is stated. */
    @Test
    void split_exposureToAnothersSmoke_exposureClause() {
        assertThat(StatedClauses.split("rhinitis, exposed to secondhand smoke from her husband").clauses())
                .extracting(StatedClauses.Clause::kind).containsExactly(StatedClauses.Kind.EXPOSURE);
    }

    @Test
    void tobaccoWords_productNamedElsewhere_thatProduct() {
        assertThat(RiskClauses.tobaccoWords("nicotine dependence", "cigarette smoking in pregnancy, nicotine dependence"))
                .isEqualTo("nicotine dependence cigarettes");
    }
}
