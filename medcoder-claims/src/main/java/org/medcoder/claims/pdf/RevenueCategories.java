package org.medcoder.claims.pdf;

import java.util.Map;

/**
 * Short captions of our own for the commonly billed revenue-code groups (the first three digits), printed in
 * UB-04 FL43 so that a reader sees what a line is without a code book. The official NUBC descriptions are not
 * reproduced; a code outside these groups gets no caption.
 */
final class RevenueCategories {

    private RevenueCategories() {
    }

    private static final Map<String, String> GROUPS = Map.ofEntries(
            Map.entry("010", "ALL-INCLUSIVE RATE"),
            Map.entry("011", "ROOM AND BOARD, PRIVATE"),
            Map.entry("012", "ROOM AND BOARD, SEMI-PRIVATE"),
            Map.entry("013", "ROOM AND BOARD, 3-4 BEDS"),
            Map.entry("015", "ROOM AND BOARD, WARD"),
            Map.entry("017", "NURSERY"),
            Map.entry("020", "INTENSIVE CARE"),
            Map.entry("021", "CORONARY CARE"),
            Map.entry("025", "PHARMACY"),
            Map.entry("026", "IV THERAPY"),
            Map.entry("027", "MEDICAL/SURGICAL SUPPLIES"),
            Map.entry("030", "LABORATORY"),
            Map.entry("031", "PATHOLOGY LAB"),
            Map.entry("032", "DIAGNOSTIC RADIOLOGY"),
            Map.entry("033", "THERAPEUTIC RADIOLOGY"),
            Map.entry("034", "NUCLEAR MEDICINE"),
            Map.entry("035", "CT SCAN"),
            Map.entry("036", "OPERATING ROOM"),
            Map.entry("037", "ANESTHESIA"),
            Map.entry("038", "BLOOD"),
            Map.entry("040", "OTHER IMAGING"),
            Map.entry("041", "RESPIRATORY SERVICES"),
            Map.entry("042", "PHYSICAL THERAPY"),
            Map.entry("043", "OCCUPATIONAL THERAPY"),
            Map.entry("044", "SPEECH THERAPY"),
            Map.entry("045", "EMERGENCY ROOM"),
            Map.entry("046", "PULMONARY FUNCTION"),
            Map.entry("048", "CARDIOLOGY"),
            Map.entry("049", "AMBULATORY SURGERY"),
            Map.entry("051", "CLINIC"),
            Map.entry("061", "MRI"),
            Map.entry("063", "DRUGS, DETAILED CODING"),
            Map.entry("071", "RECOVERY ROOM"),
            Map.entry("072", "LABOR AND DELIVERY"),
            Map.entry("073", "EKG/ECG"),
            Map.entry("076", "TREATMENT/OBSERVATION"),
            Map.entry("091", "BEHAVIORAL HEALTH"),
            Map.entry("096", "PROFESSIONAL FEES"));

    /** The caption of a four-digit revenue code's group, or "" when we have none. */
    static String caption(String revenueCode) {
        return revenueCode.length() == 4 ? GROUPS.getOrDefault(revenueCode.substring(0, 3), "") : "";
    }
}
