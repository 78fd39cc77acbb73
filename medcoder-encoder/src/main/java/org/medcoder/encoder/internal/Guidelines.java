package org.medcoder.encoder.internal;

import java.util.List;
import org.medcoder.core.IcdCmCode;

/** The chapter-specific sections of the FY2026 Official Guidelines that govern a code's category. */
final class Guidelines {

    private Guidelines() {
    }

    /** Sections that apply to codes of this category (empty when none is specific). */
    static List<String> forCode(IcdCmCode code) {
        String c = code.value();
        String cat = c.substring(0, 3);
        if (cat.compareTo("E08") >= 0 && cat.compareTo("E13") <= 0) {
            return List.of("I.C.4.a");
        }
        return switch (cat) {
            case "I10" -> List.of("I.C.9.a");
            case "I11" -> List.of("I.C.9.a.1");
            case "I12" -> List.of("I.C.9.a.2");
            case "I13" -> List.of("I.C.9.a.3");
            case "I50" -> List.of("I.C.9.a.1");
            case "N18" -> List.of("I.C.14.a");
            case "A40", "A41" -> List.of("I.C.1.d");
            case "B95", "B96", "B97" -> List.of("I.C.1");
            default -> byChapterLetter(c);
        };
    }

    private static List<String> byChapterLetter(String c) {
        char l = c.charAt(0);
        if (l == 'C' || (l == 'D' && c.compareTo("D50") < 0)) {
            return List.of("I.C.2");
        }
        if (l == 'S' && c.charAt(2) == '2') {
            return List.of("I.C.19.a", "I.C.19.c");
        }
        if (l == 'S' || (l == 'T' && c.compareTo("T36") < 0)) {
            return List.of("I.C.19.a", "I.C.19.b");
        }
        if (l == 'T' && c.compareTo("T51") < 0) {
            return List.of("I.C.19.e");
        }
        if (l == 'T') {
            return List.of("I.C.19");
        }
        return List.of();
    }
}
