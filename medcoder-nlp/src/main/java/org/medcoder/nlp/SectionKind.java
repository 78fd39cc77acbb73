package org.medcoder.nlp;

/** The kinds of section a clinical note is divided into, by its headings. */
public enum SectionKind {
    /** Text before any recognized heading (e.g. a case report's narrative). */
    NONE,
    CHIEF_COMPLAINT,
    HISTORY_OF_PRESENT_ILLNESS,
    PAST_MEDICAL_HISTORY,
    PAST_SURGICAL_HISTORY,
    FAMILY_HISTORY,
    SOCIAL_HISTORY,
    MEDICATIONS,
    ALLERGIES,
    REVIEW_OF_SYSTEMS,
    PHYSICAL_EXAM,
    RESULTS,
    ASSESSMENT,
    PLAN,
    DIAGNOSES,
    PROCEDURES,
    HOSPITAL_COURSE
}
