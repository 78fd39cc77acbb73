package org.medcoder.pricing;

import java.math.BigDecimal;
import java.util.Objects;
import org.medcoder.core.HcpcsCode;

/**
 * One row of the National Physician Fee Schedule Relative Value File (PPRRVU): a code (with the modifier the row is
 * for: none, {@code 26}, {@code TC} or {@code 53}), its RVUs and its payment policy indicators. The file's
 * description column is AMA/ADA copyright and is deliberately not kept here.
 *
 * <p>RVUs are held in hundredths (the file gives two decimals) so that prices are computed exactly with integer
 * arithmetic; {@link #rvu(int)} turns one back into a decimal for display.
 *
 * @param code                 the HCPCS/CPT code number
 * @param modifier             the modifier of the row: empty (global), {@code 26}, {@code TC} or {@code 53}
 * @param notUsedForMedicare   the file's "not used for Medicare payment" flag (column 5)
 * @param status               status code: A active, B bundled, C carrier priced, N non-covered, X statutory
 *                             exclusion, E excluded by regulation, I/G not valid for Medicare, J anesthesia, M measure,
 *                             P bundled/excluded, R restricted, T paid only alone, D/F/H deleted
 * @param workRvu              work RVU, hundredths
 * @param nonFacilityPeRvu     non-facility practice expense RVU, hundredths
 * @param nonFacilityNa        the non-facility NA indicator: CMS has not valued the service in an office setting
 * @param facilityPeRvu        facility practice expense RVU, hundredths
 * @param facilityNa           the facility NA indicator
 * @param malpracticeRvu       malpractice RVU, hundredths
 * @param pcTcIndicator        PC/TC indicator 0-9
 * @param globalDays           global surgery days: 000, 010, 090, MMM, XXX, YYY, ZZZ
 * @param multipleProcedure    multiple procedure indicator 0-9
 * @param bilateralSurgery     bilateral surgery indicator 0-3, 9
 * @param assistantSurgery     assistant at surgery indicator 0-2, 9
 * @param coSurgeons           co-surgeons indicator 0-2, 9
 * @param teamSurgery          team surgery indicator 0-2, 9
 * @param endoscopicBase       the base code of the endoscopy family, empty when none
 * @param conversionFactor     conversion factor in ten-thousandths of a dollar (33.4009 → 334009)
 * @param imagingFamily        diagnostic imaging family indicator (88 = subject to the imaging reduction, 99 = not)
 * @param line                 the 1-based line of the row in its file
 */
public record RvuEntry(HcpcsCode code, String modifier, boolean notUsedForMedicare, char status, int workRvu, int nonFacilityPeRvu,
        boolean nonFacilityNa, int facilityPeRvu, boolean facilityNa, int malpracticeRvu, char pcTcIndicator,
        String globalDays, char multipleProcedure, char bilateralSurgery, char assistantSurgery, char coSurgeons,
        char teamSurgery, String endoscopicBase, int conversionFactor, String imagingFamily, int line) {

    public RvuEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(modifier, "modifier");
        Objects.requireNonNull(globalDays, "globalDays");
        Objects.requireNonNull(endoscopicBase, "endoscopicBase");
        Objects.requireNonNull(imagingFamily, "imagingFamily");
        if (workRvu < 0 || nonFacilityPeRvu < 0 || facilityPeRvu < 0 || malpracticeRvu < 0) {
            throw new IllegalArgumentException("negative RVU for " + code + " at line " + line);
        }
        if (conversionFactor <= 0) {
            throw new IllegalArgumentException("conversion factor must be positive for " + code + " at line " + line);
        }
    }

    /** The practice expense RVU (hundredths) of a setting. */
    public int peRvu(CareSetting setting) {
        return setting == CareSetting.FACILITY ? facilityPeRvu : nonFacilityPeRvu;
    }

    /** Whether the setting's practice expense RVU carries the NA indicator. */
    public boolean isNa(CareSetting setting) {
        return setting == CareSetting.FACILITY ? facilityNa : nonFacilityNa;
    }

    /** An RVU held in hundredths as a decimal with two places. */
    public static BigDecimal rvu(int hundredths) {
        return BigDecimal.valueOf(hundredths, 2);
    }

    /** The conversion factor as a decimal dollar amount with four places. */
    public BigDecimal conversionFactorDollars() {
        return BigDecimal.valueOf(conversionFactor, 4);
    }
}
