package org.medcoder.encoder.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body mass index written as a value ("BMI 42", "BMI of 31.6"): the Z68 code of the range that holds it. The Z68
 * titles name ranges, so no index or title wording meets a value. BMI codes are secondary codes, reported with an
 * associated reportable diagnosis such as obesity (I.C.21.c.3; E66's "use additional code to identify body mass
 * index (BMI), if known (Z68.-)"). A value is an adult's (Z68.1-Z68.45); a child's BMI is a percentile (Z68.5-).
 */
final class BodyMassIndex {

    private static final Pattern VALUE = Pattern.compile(
            "\\b(?:bmi|body mass index)(?:\\s*(?:of|is|was|=|:))?\\s*(\\d{2})(?:\\.\\d)?\\b(?!\\s*-|\\.\\d)");

    private BodyMassIndex() {
    }

    /** The Z68 code (without dot) of the BMI value the statement states, or null. */
    static String code(String expanded) {
        // Literal checks first: the regex runs only for statements that name a BMI (hot path).
        if (!expanded.contains("bmi") && !expanded.contains("body mass") || expanded.contains("percentile")) {
            return null;
        }
        Matcher m = VALUE.matcher(expanded);
        if (!m.find()) {
            return null;
        }
        int v = Integer.parseInt(m.group(1));
        return v < 20 ? "Z681" : v < 40 ? "Z68" + v : v < 45 ? "Z6841" : v < 50 ? "Z6842" : v < 60 ? "Z6843"
                : v < 70 ? "Z6844" : "Z6845";
    }

    /**
     * The statement with a stated BMI value's decimals dropped ("BMI 45.2" as "BMI 45"): the Z68 range is read from
     * the whole number, and the decimal is no word of the condition ("obesity class 3, BMI 45.2" must not read as
     * naming "class 2", E66.812).
     */
    static String wholeValue(String statement) {
        String lower = Lower.of(statement);
        if (!lower.contains("bmi") && !lower.contains("body mass")) {
            return statement;
        }
        return DECIMAL.matcher(statement).replaceAll("$1");
    }

    private static final Pattern DECIMAL = Pattern.compile(
            "(?i)(\\b(?:bmi|body mass index)(?:\\s*(?:of|is|was|=|:))?\\s*\\d{2})\\.\\d+(?![\\d.]|\\s*-)");
}
