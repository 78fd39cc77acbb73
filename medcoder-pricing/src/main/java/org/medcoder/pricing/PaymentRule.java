package org.medcoder.pricing;

/**
 * A payment rule that changed a line's amount, with what it does and where CMS says so. "MCPM" is the Medicare
 * Claims Processing Manual (Pub. 100-04); "RVU README" is the documentation of the PPRRVU file's indicators.
 */
public enum PaymentRule {
    NA_FACILITY_RATE("non-facility PE RVU is NA: paid with the facility PE RVU",
            "RVU README (NA indicator); MCPM ch.12 §20.4.2"),
    PROFESSIONAL_COMPONENT("modifier 26: the professional component row",
            "RVU README PC/TC indicator 1; MCPM ch.13 §20.1"),
    TECHNICAL_COMPONENT("modifier TC: the technical component row",
            "RVU README PC/TC indicator 1; MCPM ch.13 §20.1"),
    REDUCED_SERVICE("modifier 53: the file's own discontinued-procedure row", "RVU README (modifier 53 rows)"),
    BILATERAL_150("bilateral (50), indicator 1: 150% of the fee", "MCPM ch.12 §40.7"),
    BILATERAL_EACH_SIDE("bilateral (50), indicator 3: 100% for each side (200%)", "MCPM ch.12 §40.7"),
    BILATERAL_NOT_ADJUSTED("bilateral (50), indicator 0/2/9: no bilateral adjustment, 100%", "MCPM ch.12 §40.7"),
    CO_SURGEON("co-surgeons (62): 62.5% of the fee for each surgeon", "MCPM ch.12 §40.8"),
    ASSISTANT_AT_SURGERY("assistant at surgery (80/81/82): 16% of the fee", "MCPM ch.12 §20.4.3"),
    ASSISTANT_NON_PHYSICIAN("assistant at surgery by a PA/NP/CNS (AS): 85% of 16% = 13.6% of the fee",
            "MCPM ch.12 §20.4.3, §110, §120"),
    MULTIPLE_SURGERY("multiple surgery, indicator 2/3: 100% for the highest fee, 50% for the others",
            "MCPM ch.12 §40.6.2"),
    MULTIPLE_SURGERY_OVER_FIVE("multiple surgery, sixth and later procedure: 50%, contractor may review the "
            + "operative report", "MCPM ch.12 §40.6.2"),
    ENDOSCOPY_FAMILY("endoscopy family, indicator 3: highest endoscopy in full, the others the difference to the base "
            + "endoscopy", "MCPM ch.12 §40.6.2"),
    ENDOSCOPY_BASE_INCLUDED("endoscopy family: the base endoscopy is included in the other endoscopy",
            "MCPM ch.12 §40.6.2"),
    IMAGING_TC("diagnostic imaging, indicator 4: TC of the second and later procedures at 50%",
            "RVU README MULT PROC 4; PFS final rules CY2011-2012"),
    IMAGING_PC("diagnostic imaging, indicator 4: PC of the second and later procedures at 95%",
            "RVU README MULT PROC 4; PFS final rule CY2017"),
    CARDIOVASCULAR_TC("diagnostic cardiovascular, indicator 6: TC of the second and later procedures at 75%",
            "RVU README MULT PROC 6; PFS final rule CY2013"),
    OPHTHALMOLOGY_TC("diagnostic ophthalmology, indicator 7: TC of the second and later procedures at 80%",
            "RVU README MULT PROC 7; PFS final rule CY2013"),
    THERAPY_PE("therapy, indicator 5: PE of the second and later units at 50%",
            "RVU README MULT PROC 5; MCPM ch.5 §10.7"),
    STATUS_T_BUNDLED("status T: paid only when no other fee schedule service is billed that day",
            "RVU README status T"),
    LOWER_OF_CHARGE("the lower of the actual charge and the fee schedule amount",
            "Social Security Act §1848(a)(1); MCPM ch.12 §40.6.2, §40.7");

    private final String description;
    private final String citation;

    PaymentRule(String description, String citation) {
        this.description = description;
        this.citation = citation;
    }

    /** What the rule does, in a biller's words. */
    public String description() {
        return description;
    }

    /** Where CMS states it. */
    public String citation() {
        return citation;
    }
}
