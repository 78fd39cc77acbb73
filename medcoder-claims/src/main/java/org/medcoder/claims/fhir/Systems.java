package org.medcoder.claims.fhir;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * The code system URIs medcoder writes: the FHIR-registered ones for ICD-10-CM, ICD-10-PCS, CPT, HCPCS, NUBC and X12
 * code sets (as the HL7 terminology registry and the CARIN Blue Button IG name them) and the base R4 systems.
 */
final class Systems {

    private Systems() {
    }

    static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";
    static final String ICD10PCS = "http://www.cms.gov/Medicare/Coding/ICD10";
    static final String CPT = "http://www.ama-assn.org/go/cpt";
    static final String HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
    static final String NPI = "http://hl7.org/fhir/sid/us-npi";
    static final String TAX_ID = "urn:oid:2.16.840.1.113883.4.4";
    static final String TAXONOMY = "http://nucc.org/provider-taxonomy";
    static final String PLACE_OF_SERVICE =
            "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set";
    static final String REVENUE = "https://www.nubc.org/CodeSystem/RevenueCodes";
    static final String TYPE_OF_BILL = "https://www.nubc.org/CodeSystem/TypeOfBill";
    static final String ADMISSION_TYPE = "https://www.nubc.org/CodeSystem/PriorityTypeOfAdmitOrVisit";
    static final String POINT_OF_ORIGIN = "https://www.nubc.org/CodeSystem/PointOfOrigin";
    static final String DISCHARGE_STATUS = "https://www.nubc.org/CodeSystem/PatDischargeStatus";
    static final String CARC = "https://x12.org/codes/claim-adjustment-reason-codes";
    static final String CAS_GROUP = "https://x12.org/codes/claim-adjustment-group-codes";
    static final String RARC = "https://x12.org/codes/remittance-advice-remark-codes";
    static final String CLAIM_STATUS = "https://x12.org/codes/claim-status-codes";

    /** CARIN Blue Button code systems for what base R4 only has example codes for (supporting info, care team roles). */
    static final String CARIN_INFO = "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBSupportingInfoType";
    static final String CARIN_CARE_TEAM = "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBClaimCareTeamRole";
    static final String CARIN_ADJUDICATION = "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudication";

    static final String CLAIM_TYPE = "http://terminology.hl7.org/CodeSystem/claim-type";
    static final String PRIORITY = "http://terminology.hl7.org/CodeSystem/processpriority";
    static final String DIAGNOSIS_TYPE = "http://terminology.hl7.org/CodeSystem/ex-diagnosistype";
    static final String ON_ADMISSION = "http://terminology.hl7.org/CodeSystem/ex-diagnosis-on-admission";
    static final String PROCEDURE_TYPE = "http://terminology.hl7.org/CodeSystem/ex-procedure-type";
    static final String CARE_TEAM_ROLE = "http://terminology.hl7.org/CodeSystem/claimcareteamrole";
    static final String INFO_CATEGORY = "http://terminology.hl7.org/CodeSystem/claiminformationcategory";
    static final String RELATED_CLAIM = "http://terminology.hl7.org/CodeSystem/ex-relatedclaimrelationship";
    static final String SUBSCRIBER_RELATIONSHIP = "http://terminology.hl7.org/CodeSystem/subscriber-relationship";
    static final String ADJUDICATION = "http://terminology.hl7.org/CodeSystem/adjudication";
    static final String PAYMENT_TYPE = "http://terminology.hl7.org/CodeSystem/ex-paymenttype";
    static final String COVERAGE_CLASS = "http://terminology.hl7.org/CodeSystem/coverage-class";
    static final String DATA_ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason";

    static CodeableConcept concept(String system, String code) {
        return new CodeableConcept(new Coding(system, code, null));
    }

    static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept(new Coding(system, code, display));
    }
}
