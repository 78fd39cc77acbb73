package org.medcoder.encoder.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The extent of acute burns or corrosions stated as a share of the body surface ("12% TBSA", "20% of body surface
 * with 5% third degree"): the T31 (burns) or T32 (corrosions) code whose 4th character is the tens of the total and
 * whose 5th is the tens of the third-degree share. The guideline asks for these codes "for acute burns or corrosions
 * ... when there is a need for additional data", never for sequelae (I.C.19.d.6); a statement that states the share
 * supplies that data. The third-degree share is the one stated, else read from the degrees the text states: all of
 * it when every stated degree is third (full thickness), none when no third degree is stated; when third and lower
 * degrees are stated without the third-degree share it is not known and no code is added (the codes that survive
 * are no evidence: a dropped site would make a share the record does not state). When no site is given (T30, burn
 * or corrosion of unspecified body region), the T31/T32 code stands alone: Tabular T31/T32 note, "to be used as the
 * primary code only when the site of the burn is unspecified".
 */
final class BurnExtent {

    private static final Pattern TOTAL = Pattern.compile("\\b(\\d{1,3})\\s*%\\s*(?:of\\s+(?:the\\s+)?(?:total\\s+)?"
            + "body\\s+surface|t?bsa\\b)|\\bt?bsa\\s*(?:of\\s+)?(\\d{1,3})\\s*%");
    /** A third degree stated ("third degree", "3rd-degree", "full thickness"). */
    private static final Pattern DEEP = Pattern.compile("\\b(?:third|3rd)[- ]degree|\\bfull[- ]thickness");
    /** A lower degree stated ("first degree", "second-degree", "partial thickness", "superficial"). */
    private static final Pattern SHALLOW = Pattern.compile(
            "\\b(?:first|1st|second|2nd)[- ]degree|\\bpartial[- ]thickness|\\bsuperficial\\b");
    private static final Pattern THIRD = Pattern.compile(
            "\\b(\\d{1,3})\\s*%\\s*(?:(?:is|was|were)\\s+)?(?:third|3rd|full)[- ](?:degree|thickness)");

    private BurnExtent() {
    }

    /** The T31/T32 code (without dot) for the coded burns ({@code codes}, without dots) and stated shares, or null. */
    static String code(String expanded, List<String> codes) {
        if (expanded.indexOf('%') < 0) {
            return null;
        }
        Matcher total = TOTAL.matcher(expanded);
        if (!total.find()) {
            return null;
        }
        int all = Integer.parseInt(total.group(1) != null ? total.group(1) : total.group(2));
        boolean corrosion = false;
        int sites = 0;
        for (String c : codes) {
            // T30 (unspecified body region) is a 4-character code; its 4th character says corrosion (4-7) too.
            boolean site = c.length() == 7 && c.compareTo("T20") >= 0 && c.compareTo("T26") < 0;
            if (!site && !(c.length() == 4 && c.startsWith("T30"))) {
                continue;
            }
            if (site && c.charAt(6) == 'S') {
                return null;
            }
            // T20-T25, T30 4th character: 0-3 burn of unspecified, first, second, third degree; 4-7 corrosion likewise.
            corrosion |= c.charAt(3) - '0' >= 4;
            sites++;
        }
        if (sites == 0 || all > 100) {
            return null;
        }
        Matcher third = THIRD.matcher(expanded);
        boolean deepStated = DEEP.matcher(expanded).find();
        int deep = third.find() ? Integer.parseInt(third.group(1))
                : !deepStated ? 0 : SHALLOW.matcher(expanded).find() ? -1 : all;
        if (deep < 0 || deep > all) {
            return null;
        }
        String category = corrosion ? "T32" : "T31";
        int tens = Math.min(all / 10, 9);
        return tens == 0 ? category + "0" : category + tens + Math.min(deep / 10, tens);
    }
}
