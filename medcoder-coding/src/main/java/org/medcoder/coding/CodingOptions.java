package org.medcoder.coding;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How to code a document. The three switches exist for the ablation study; the product runs with all on.
 *
 * @param setting           outpatient or inpatient
 * @param dateOfService     the date of service (or discharge) that selects the code-set release
 * @param contextRules      apply negation, history, family, hypothetical and uncertainty context
 * @param settingRules      apply the setting rules of the Official Guidelines (uncertain diagnoses, integral symptoms)
 * @param learnedStatistics use the statistics learned from the training corpus
 */
public record CodingOptions(Setting setting, LocalDate dateOfService, boolean contextRules, boolean settingRules,
        boolean learnedStatistics) {

    public CodingOptions {
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(dateOfService, "dateOfService");
    }

    /** Every rule on, for the setting and date. */
    public static CodingOptions of(Setting setting, LocalDate dateOfService) {
        return new CodingOptions(setting, dateOfService, true, true, true);
    }

    /** The same options with context rules switched on or off. */
    public CodingOptions withContextRules(boolean on) {
        return new CodingOptions(setting, dateOfService, on, settingRules, learnedStatistics);
    }

    /** The same options with setting rules switched on or off. */
    public CodingOptions withSettingRules(boolean on) {
        return new CodingOptions(setting, dateOfService, contextRules, on, learnedStatistics);
    }

    /** The same options with learned statistics switched on or off. */
    public CodingOptions withLearnedStatistics(boolean on) {
        return new CodingOptions(setting, dateOfService, contextRules, settingRules, on);
    }
}
