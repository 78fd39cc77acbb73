package org.medcoder.coding.internal;

/**
 * Personal and family history codes for a condition (ICD-10-CM Official Guidelines I.C.21.c.4; categories
 * Z80-Z84 and Z85-Z87). Empty when the condition has no history code here (a chronic condition stays coded).
 */
final class HistoryCodes {

    private HistoryCodes() {
    }

    /** The personal-history code for a past condition, or empty to keep coding the condition itself. */
    static String personal(String code) {
        if (code.startsWith("C50")) {
            return "Z853";
        } else if (code.startsWith("C18") || code.startsWith("C19") || code.startsWith("C20")) {
            return "Z85038";
        } else if (code.startsWith("C34")) {
            return "Z85118";
        } else if (code.startsWith("C61")) {
            return "Z8546";
        } else if (code.startsWith("C") && code.compareTo("C81") < 0) {
            return "Z859";
        } else if (code.startsWith("I21") || code.startsWith("I22")) {
            return "I252"; // old myocardial infarction (I.C.9.e.4)
        } else if (code.startsWith("I63")) {
            return "Z8673"; // I.C.9.d.3: history of stroke without residuals
        } else if (code.startsWith("I26")) {
            return "Z86711";
        } else if (code.startsWith("I80") || code.startsWith("I82")) {
            return "Z86718";
        } else if (code.startsWith("A15") || code.startsWith("A16")) {
            return "Z8611";
        }
        return "";
    }

    /** The family-history code for a relative's condition, or empty. */
    static String family(String code) {
        if (code.startsWith("C50")) {
            return "Z803";
        } else if (code.startsWith("C1") || code.startsWith("C20") || code.startsWith("C21")) {
            return "Z800";
        } else if (code.startsWith("C34")) {
            return "Z801";
        } else if (code.startsWith("C61")) {
            return "Z8042";
        } else if (code.startsWith("C")) {
            return "Z809";
        } else if (code.startsWith("E1")) {
            return "Z833";
        } else if (code.startsWith("I63") || code.startsWith("I64")) {
            return "Z823";
        } else if (code.startsWith("I")) {
            return "Z8249";
        } else if (code.startsWith("F")) {
            return "Z818";
        } else if (code.startsWith("Q")) {
            return "Z8279";
        }
        return "Z8489";
    }
}
