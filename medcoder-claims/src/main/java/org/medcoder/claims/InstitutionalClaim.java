package org.medcoder.claims;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.medcoder.core.IcdCmCode;
import org.medcoder.core.Money;

/**
 * An institutional claim (837I 005010X223A2, UB-04): type of bill, statement period, admission (date, type,
 * source) and discharge status, the attending physician, diagnoses with POA indicators (principal first, then up
 * to 24 others), the admitting diagnosis and reasons for visit, ICD-10-PCS procedures (principal first), and the
 * revenue-code lines.
 *
 * @param admissionType   CL101 priority (type) of admission, NUBC 1 emergency ... 9 information not available
 * @param admissionSource CL102 point of origin for admission, NUBC code
 * @param patientStatus   CL103 patient discharge status, NUBC two-digit code (01 home, 20 expired, 30 still patient)
 */
public record InstitutionalClaim(ClaimHeader header, TypeOfBill typeOfBill, DateRange statementPeriod,
        Optional<LocalDate> admissionDate, Optional<String> admissionType, Optional<String> admissionSource,
        String patientStatus, Provider attendingProvider, List<Diagnosis> diagnoses,
        Optional<IcdCmCode> admittingDiagnosis, List<IcdCmCode> reasonsForVisit, List<Procedure> procedures,
        List<InstitutionalLine> lines) implements Claim {

    /** Diagnoses: the principal plus 24 others (TR3 2300 HI ABK, two HI ABF segments of 12). */
    public static final int MAX_DIAGNOSES = 25;
    /** Procedures: the principal plus 24 others (TR3 2300 HI BBR, two HI BBQ segments of 12). */
    public static final int MAX_PROCEDURES = 25;
    /** Reasons for visit (TR3 2300 HI APR, three repeats). */
    public static final int MAX_REASONS = 3;
    /** Service lines (TR3 2400 repeat 999). */
    public static final int MAX_LINES = 999;

    public InstitutionalClaim {
        Require.present("header", header);
        if (header.billingProvider().provider().entityType() != EntityType.ORGANIZATION) {
            throw new IllegalArgumentException("the billing provider of an institutional claim is an organization"
                    + " (TR3 005010X223A2 2010AA NM102 = 2)");
        }
        Require.present("type of bill", typeOfBill);
        if (!typeOfBill.frequencyCode().equals(header.frequency().code())) {
            throw new IllegalArgumentException("type of bill " + typeOfBill + " ends in frequency " + typeOfBill.frequencyCode()
                    + " but the claim frequency is " + header.frequency().code());
        }
        Require.present("statement period", statementPeriod);
        Require.present("admission date", admissionDate);
        admissionType = code("admission type", admissionType, "[1-9]");
        admissionSource = code("admission source", admissionSource, "[0-9A-Z]");
        if (patientStatus == null || !patientStatus.matches("[0-9]{2}")) {
            throw new IllegalArgumentException("not a patient status: '" + patientStatus + "' (two digits, e.g. 01)");
        }
        if (typeOfBill.isInpatient() && (admissionDate.isEmpty() || admissionType.isEmpty())) {
            throw new IllegalArgumentException("inpatient bill " + typeOfBill + " needs the admission date and type"
                    + " (TR3 2300 DTP*435, CL101)");
        }
        Require.present("attending provider", attendingProvider);
        if (attendingProvider.entityType() != EntityType.PERSON) {
            throw new IllegalArgumentException("the attending provider is a person (TR3 2310A NM102 = 1)");
        }
        diagnoses = bounded("diagnoses", diagnoses, 1, MAX_DIAGNOSES);
        Require.present("admitting diagnosis", admittingDiagnosis);
        reasonsForVisit = bounded("reasons for visit", reasonsForVisit, 0, MAX_REASONS);
        procedures = bounded("procedures", procedures, 0, MAX_PROCEDURES);
        lines = bounded("service lines", lines, 1, MAX_LINES);
    }

    private static Optional<String> code(String field, Optional<String> value, String pattern) {
        Require.present(field, value);
        value.ifPresent(v -> {
            if (!v.matches(pattern)) {
                throw new IllegalArgumentException("not an " + field + " code: '" + v + "'");
            }
        });
        return value;
    }

    private static <T> List<T> bounded(String field, List<T> values, int min, int max) {
        List<T> list = Require.list(field, values);
        if (list.size() < min || list.size() > max) {
            throw new IllegalArgumentException("an institutional claim has " + min + " to " + max + " " + field
                    + ", this one has " + list.size());
        }
        return list;
    }

    @Override
    public Money totalCharge() {
        Money total = Money.ZERO;
        for (InstitutionalLine line : lines) {
            total = total.plus(line.charge());
        }
        return total;
    }

    @Override
    public DateRange servicePeriod() {
        return statementPeriod;
    }
}
