package org.medcoder.claims.pdf;

import static org.medcoder.claims.pdf.Cms1500Layout.*;

import java.util.List;
import java.util.Set;

/**
 * Draws the empty CMS-1500 (02/12) form: title, payer block, every item box with its number and caption, the check
 * boxes (ticked when their key is in the given set, e.g. {@code "3:F"} or {@code "27:YES"}) and the six-line
 * service grid with its shaded supplemental halves.
 */
final class Cms1500Form {

    private Cms1500Form() {
    }

    /** The check boxes of item 1, in form order, keyed {@code "1:" + name}. */
    static final List<String> COVERAGE = List.of("MEDICARE", "MEDICAID", "TRICARE", "CHAMPVA", "GROUP HEALTH PLAN",
            "FECA BLK LUNG", "OTHER");
    /** The check boxes of item 6, keyed {@code "6:" + name}. */
    static final List<String> RELATIONSHIP = List.of("SELF", "SPOUSE", "CHILD", "OTHER");

    static void draw(FormCanvas c, Set<String> checked, String pageNote) {
        c.heading(X0, 50, 13, "HEALTH INSURANCE CLAIM FORM");
        c.caption(X0, 59, "LAYOUT OF THE NUCC 1500 CLAIM FORM, VERSION 02/12   (printed by medcoder)   " + pageNote);
        c.label(CARRIER.x(), CARRIER.y() + 5, "", "PAYER NAME AND ID");
        c.line(CARRIER.x() - 4, CARRIER.y(), CARRIER.x() - 4, CARRIER.bottom());
        for (Field f : BOXES) {
            c.field(f);
        }
        checkboxes(c, checked);
        drawDiagnosisSlots(c);
        drawServiceGrid(c);
    }

    private static void checkboxes(FormCanvas c, Set<String> checked) {
        float x = X0 + 4;
        float y = ITEM_1.y() + 11;
        for (String name : COVERAGE) {
            c.checkbox(x, y, name, checked.contains("1:" + name));
            x += name.length() * 3.2f + 20;
        }
        sex(c, ITEM_3, 78, "3", checked);
        float rx = ITEM_6.x() + 4;
        for (String name : RELATIONSHIP) {
            c.checkbox(rx, ITEM_6.y() + 11, name, checked.contains("6:" + name));
            rx += name.length() * 3.2f + 14;
        }
        yesNo(c, ITEM_10A, 20, "10a", checked);
        yesNo(c, ITEM_10B, 20, "10b", checked);
        yesNo(c, ITEM_10C, 20, "10c", checked);
        sex(c, ITEM_11A, 140, "11a", checked);
        yesNo(c, ITEM_11D, 110, "11d", checked);
        yesNo(c, ITEM_20, 90, "20", checked);
        c.checkbox(ITEM_25.x() + 120, ITEM_25.y() + 10, "SSN", checked.contains("25:SSN"));
        c.checkbox(ITEM_25.x() + 148, ITEM_25.y() + 10, "EIN", checked.contains("25:EIN"));
        yesNo(c, ITEM_27, 8, "27", checked);
    }

    private static void yesNo(FormCanvas c, Field f, float dx, String item, Set<String> checked) {
        c.checkbox(f.x() + dx, f.y() + 11, "YES", checked.contains(item + ":YES"));
        c.checkbox(f.x() + dx + 28, f.y() + 11, "NO", checked.contains(item + ":NO"));
    }

    private static void sex(FormCanvas c, Field f, float dx, String item, Set<String> checked) {
        c.checkbox(f.x() + dx, f.y() + 11, "M", checked.contains(item + ":M"));
        c.checkbox(f.x() + dx + 20, f.y() + 11, "F", checked.contains(item + ":F"));
    }

    private static void drawDiagnosisSlots(FormCanvas c) {
        c.rectangle(ITEM_21_IND.right() - 10, ITEM_21_IND.y(), 10, ITEM_21_IND.height() - 1);
        c.caption(ITEM_21_IND.x() + 2, ITEM_21_IND.y() + 8, "ICD Ind.");
        for (int i = 0; i < 12; i++) {
            Field slot = diagnosis(i);
            c.caption(slot.x() + 3, slot.bottom() - 3, (char) ('A' + i) + ".");
            c.line(slot.x() + 12, slot.bottom() - 1.5f, slot.right() - 8, slot.bottom() - 1.5f);
        }
    }

    private static void drawServiceGrid(FormCanvas c) {
        c.rectangle(X0, LINES_HEAD, X1 - X0, BOTTOM_TOP - LINES_HEAD);
        for (int line = 0; line < LINES_PER_PAGE; line++) {
            c.shade(X0 + 0.5f, lineTop(line) + 0.5f, X1 - X0 - 1, LINE_SHADE);
            c.line(X0, lineTop(line), X1, lineTop(line));
            c.caption(X0 - 7, lineTop(line) + LINE - 6, String.valueOf(line + 1));
            c.caption(COL_24I.x() + 3, cell(COL_24I, line).bottom() - 4, "NPI");
        }
        for (Field col : LINE_COLUMNS) {
            c.line(col.x(), LINES_HEAD, col.x(), BOTTOM_TOP);
            c.label(col.x() + 1.5f, col.y() + 7, col.number(), "");
            c.caption(col.x() + 1.5f, col.y() + 15, col.caption());
        }
        for (int line = 0; line < LINES_PER_PAGE; line++) {
            for (int m = 1; m < 4; m++) {
                Field mod = modifier(line, m);
                c.line(mod.x(), mod.y() + 3, mod.x(), mod.bottom());
            }
        }
    }
}
