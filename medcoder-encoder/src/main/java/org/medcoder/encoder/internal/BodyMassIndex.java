package org.medcoder.encoder.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body mass index written as a value ("BMI 42", "BMI of 31.6"): the Z68 code of the range that holds it. The Z68
 * titles name ranges, so no index or title wording meets a value. BMI codes are secondary codes, reported with an
 * associated reportable diagnosis such as obesity (I.C.21.c.3; E66's "use additional code to identify body mass
 * index (BMI), if known (Z68.-)"). A value is an adult's (Z68.1-Z68.45); a child's BMI is a percentile for age, or
 * a percentage of the 95th percentile, whose range is one of the Z68.5- titles (added in FY2025: "... 85th percentile
 * to less than 95th percentile for age", "... 120% of the 95th percentile for age to less than 140% ...").
 */
final class BodyMassIndex {

    private static final Pattern VALUE = Pattern.compile(
            "\\b(?:bmi|body mass index)(?:\\s*(?:of|is|was|=|:))?\\s*(\\d{2})(?:\\.\\d)?\\b(?!\\s*-|\\.\\d)");

    /** "125% of the 95th percentile": a pediatric BMI at or above the 95th percentile, as a share of it. */
    private static final Pattern OF_95TH = Pattern.compile("\\b(\\d{2,3})\\s*%\\s*of\\s+(?:the\\s+)?95th\\s+percentile");
    /** "88th percentile", "less than the 5th percentile" (group 1: a bound word before it). */
    private static final Pattern PERCENTILE = Pattern.compile(
            "\\b(less\\s+than\\s+|below\\s+|under\\s+|<\\s*)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+percentile");

    private BodyMassIndex() {
    }

    /** The Z68 code (without dot) of the BMI value the statement states, or null. */
    static String code(String expanded) {
        // Literal checks first: the regex runs only for statements that name a BMI (hot path).
        if (!expanded.contains("bmi") && !expanded.contains("body mass")) {
            return null;
        }
        if (expanded.contains("percentile")) {
            return pediatric(expanded);
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

    /**
     * The Z68.5- code of a child's BMI percentile for age: below the 5th (Z68.51), 5th to below 85th (Z68.52), 85th
     * to below 95th (Z68.53), 95th to below 120% of the 95th (Z68.54), 120% to below 140% (Z68.55), 140% of the 95th
     * or more (Z68.56), the ranges of the Z68.5 titles; null when no percentile value is stated.
     */
    static String pediatric(String expanded) {
        Matcher share = OF_95TH.matcher(expanded);
        if (share.find()) {
            int v = Integer.parseInt(share.group(1));
            return v < 120 ? "Z6854" : v < 140 ? "Z6855" : "Z6856";
        }
        Matcher m = PERCENTILE.matcher(expanded);
        if (!m.find()) {
            return null;
        }
        int p = Integer.parseInt(m.group(2));
        // "less than the 5th percentile" is below 5; a value's own percentile is in the range starting at it.
        double v = m.group(1) != null ? p - 0.5 : p;
        return v < 5 ? "Z6851" : v < 85 ? "Z6852" : v < 95 ? "Z6853" : "Z6854";
    }
}
