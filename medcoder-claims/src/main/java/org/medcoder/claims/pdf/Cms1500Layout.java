package org.medcoder.claims.pdf;

import java.util.List;

/**
 * Where every item of the CMS-1500 (02/12) professional claim form is on the page: the three-column top part
 * (patient on the left, condition and relationship in the middle, insured on the right, items 1-11d), the
 * signature and date rows (12-20), diagnoses and references (21-23), six service lines (24A-J) and the provider
 * block (25-33). Proportions follow the NUCC 1500 Reference Instruction Manual (form version 02/12); captions are
 * short ones of our own.
 *
 * <p>Coordinates are points from the top-left corner of a Letter page (see {@link Field}).
 */
final class Cms1500Layout {

    private Cms1500Layout() {
    }

    /** Left edge, the patient/middle and middle/insured column edges, right edge. */
    static final float X0 = 22;
    static final float C1 = 250;
    static final float C2 = 380;
    static final float X1 = 590;

    /** Height of an ordinary row of items. */
    static final float ROW = 22;
    /** Height of a service line: the shaded supplemental half above the line proper. */
    static final float LINE = 28;
    static final float LINE_SHADE = 11;
    /** Service lines on one form (NUCC: more than six lines go on further forms). */
    static final int LINES_PER_PAGE = 6;

    /** The payer ("carrier") block above the form title, top right. */
    static final Field CARRIER = Field.span("", "PAYER", C2, 16, X1, 58);

    private static float row(int n) {
        return 66 + n * ROW;
    }

    static final Field ITEM_1 = Field.span("1", "COVERAGE TYPE", X0, row(0), C2, row(1));
    static final Field ITEM_1A = Field.span("1a", "INSURED'S ID NUMBER", C2, row(0), X1, row(1));
    static final Field ITEM_2 = Field.span("2", "PATIENT NAME (Last, First, Middle initial)", X0, row(1), C1, row(2));
    static final Field ITEM_3 = Field.span("3", "PATIENT BIRTH DATE (MM DD YY) / SEX", C1, row(1), C2, row(2));
    static final Field ITEM_4 = Field.span("4", "INSURED'S NAME (Last, First, Middle initial)", C2, row(1), X1, row(2));
    static final Field ITEM_5 = Field.span("5", "PATIENT ADDRESS (street)", X0, row(2), C1, row(3));
    static final Field ITEM_6 = Field.span("6", "PATIENT IS THE INSURED'S", C1, row(2), C2, row(3));
    static final Field ITEM_7 = Field.span("7", "INSURED'S ADDRESS (street)", C2, row(2), X1, row(3));
    static final Field ITEM_5_CITY = Field.span("", "CITY", X0, row(3), 210, row(4));
    static final Field ITEM_5_STATE = Field.span("", "STATE", 210, row(3), C1, row(4));
    static final Field ITEM_5_ZIP = Field.span("", "ZIP CODE", X0, row(4), 120, row(5));
    static final Field ITEM_5_PHONE = Field.span("", "TELEPHONE", 120, row(4), C1, row(5));
    static final Field ITEM_8 = Field.span("8", "RESERVED FOR NUCC USE", C1, row(3), C2, row(5));
    static final Field ITEM_7_CITY = Field.span("", "CITY", C2, row(3), 550, row(4));
    static final Field ITEM_7_STATE = Field.span("", "STATE", 550, row(3), X1, row(4));
    static final Field ITEM_7_ZIP = Field.span("", "ZIP CODE", C2, row(4), 470, row(5));
    static final Field ITEM_7_PHONE = Field.span("", "TELEPHONE", 470, row(4), X1, row(5));

    static final Field ITEM_9 = Field.span("9", "OTHER INSURED'S NAME", X0, row(5), C1, row(6));
    static final Field ITEM_9A = Field.span("9a", "OTHER INSURED'S POLICY OR GROUP NO.", X0, row(6), C1, row(7));
    static final Field ITEM_9B = Field.span("9b", "RESERVED FOR NUCC USE", X0, row(7), C1, row(8));
    static final Field ITEM_9C = Field.span("9c", "RESERVED FOR NUCC USE", X0, row(8), C1, row(9));
    static final Field ITEM_9D = Field.span("9d", "OTHER INSURED'S PLAN NAME", X0, row(9), C1, row(10));
    static final Field ITEM_10 = Field.span("10", "CONDITION RELATED TO:", C1, row(5), C2, row(6));
    static final Field ITEM_10A = Field.span("10a", "EMPLOYMENT? (current or previous)", C1, row(6), C2, row(7));
    static final Field ITEM_10B = Field.span("10b", "AUTO ACCIDENT?   PLACE (State)", C1, row(7), C2, row(8));
    static final Field ITEM_10C = Field.span("10c", "OTHER ACCIDENT?", C1, row(8), C2, row(9));
    static final Field ITEM_10D = Field.span("10d", "CLAIM CODES", C1, row(9), C2, row(10));
    static final Field ITEM_11 = Field.span("11", "INSURED'S POLICY GROUP OR FECA NUMBER", C2, row(5), X1, row(6));
    static final Field ITEM_11A = Field.span("11a", "INSURED'S BIRTH DATE (MM DD YY) / SEX", C2, row(6), X1, row(7));
    static final Field ITEM_11B = Field.span("11b", "OTHER CLAIM ID", C2, row(7), X1, row(8));
    static final Field ITEM_11C = Field.span("11c", "INSURANCE PLAN OR PROGRAM NAME", C2, row(8), X1, row(9));
    static final Field ITEM_11D = Field.span("11d", "ANOTHER HEALTH BENEFIT PLAN?", C2, row(9), X1, row(10));

    static final Field ITEM_12 = Field.span("12", "PATIENT'S OR AUTHORIZED PERSON'S SIGNATURE (release of information)",
            X0, row(10), C2, row(10) + 30);
    static final Field ITEM_13 = Field.span("13", "INSURED'S SIGNATURE (payment to provider)",
            C2, row(10), X1, row(10) + 30);

    private static float low(int n) {
        return row(10) + 30 + n * ROW;
    }

    static final Field ITEM_14 = Field.span("14", "DATE OF CURRENT ILLNESS  QUAL", X0, low(0), 200, low(1));
    static final Field ITEM_15 = Field.span("15", "OTHER DATE  QUAL", 200, low(0), C2, low(1));
    static final Field ITEM_16 = Field.span("16", "DATES UNABLE TO WORK  FROM / TO", C2, low(0), X1, low(1));
    static final Field ITEM_17 = Field.span("17", "REFERRING PROVIDER OR OTHER SOURCE", X0, low(1), C1, low(2));
    static final Field ITEM_17A = Field.span("17a", "", C1, low(1), C2, low(1) + ROW / 2);
    static final Field ITEM_17B = Field.span("17b", "NPI", C1, low(1) + ROW / 2, C2, low(2));
    static final Field ITEM_18 = Field.span("18", "HOSPITALIZATION DATES  FROM / TO", C2, low(1), X1, low(2));
    static final Field ITEM_19 = Field.span("19", "ADDITIONAL CLAIM INFORMATION", X0, low(2), C2, low(3));
    static final Field ITEM_20 = Field.span("20", "OUTSIDE LAB?   $ CHARGES", C2, low(2), X1, low(3));

    static final float DX_TOP = low(3);
    static final Field ITEM_21 = Field.span("21", "DIAGNOSIS OR NATURE OF ILLNESS OR INJURY (relate A-L to line 24E)",
            X0, DX_TOP, C2, DX_TOP + 54);
    /** The ICD indicator box of item 21 (0 = ICD-10-CM). */
    static final Field ITEM_21_IND = Field.span("", "ICD Ind.", 318, DX_TOP + 1.5f, C2 - 3, DX_TOP + 13);
    static final Field ITEM_22 = Field.span("22", "RESUBMISSION CODE   ORIGINAL REF. NO.", C2, DX_TOP, X1, DX_TOP + ROW);
    static final Field ITEM_23 = Field.span("23", "PRIOR AUTHORIZATION NUMBER", C2, DX_TOP + ROW, X1, DX_TOP + 54);

    /** The diagnosis slot of item 21 for letter index 0 (A) to 11 (L): three rows of four. */
    static Field diagnosis(int index) {
        if (index < 0 || index >= 12) {
            throw new IllegalArgumentException("item 21 has diagnoses A-L, not index " + index);
        }
        float w = (C2 - X0) / 4;
        return new Field("21" + (char) ('A' + index), "", X0 + (index % 4) * w, DX_TOP + 14 + (index / 4) * 13, w, 13);
    }

    static final float LINES_HEAD = DX_TOP + 54;
    static final float LINES_TOP = LINES_HEAD + 24;

    /** Columns of item 24, each spanning the heading; {@link #cell} gives one line's box. */
    static final Field COL_24A_FROM = Field.span("24A", "DATE(S) OF SERVICE  FROM", X0, LINES_HEAD, 88, LINES_TOP);
    static final Field COL_24A_TO = Field.span("", "TO", 88, LINES_HEAD, 154, LINES_TOP);
    static final Field COL_24B = Field.span("B", "POS", 154, LINES_HEAD, 176, LINES_TOP);
    static final Field COL_24C = Field.span("C", "EMG", 176, LINES_HEAD, 194, LINES_TOP);
    static final Field COL_24D = Field.span("D", "CPT/HCPCS", 194, LINES_HEAD, 240, LINES_TOP);
    static final Field COL_24D_MODIFIERS = Field.span("", "MODIFIER", 240, LINES_HEAD, 312, LINES_TOP);
    static final Field COL_24E = Field.span("E", "DX POINTER", 312, LINES_HEAD, 350, LINES_TOP);
    static final Field COL_24F = Field.span("F", "$ CHARGES", 350, LINES_HEAD, 412, LINES_TOP);
    static final Field COL_24G = Field.span("G", "DAYS/UNITS", 412, LINES_HEAD, 446, LINES_TOP);
    static final Field COL_24H = Field.span("H", "EPSDT", 446, LINES_HEAD, 464, LINES_TOP);
    static final Field COL_24I = Field.span("I", "ID QUAL", 464, LINES_HEAD, 486, LINES_TOP);
    static final Field COL_24J = Field.span("J", "RENDERING PROVIDER ID #", 486, LINES_HEAD, X1, LINES_TOP);

    static final List<Field> LINE_COLUMNS = List.of(COL_24A_FROM, COL_24A_TO, COL_24B, COL_24C, COL_24D,
            COL_24D_MODIFIERS, COL_24E, COL_24F, COL_24G, COL_24H, COL_24I, COL_24J);

    /** The unshaded (data) part of a column on service line 0-5. */
    static Field cell(Field column, int line) {
        checkLine(line);
        return new Field(column.number() + (line + 1), "", column.x(), lineTop(line) + LINE_SHADE,
                column.width(), LINE - LINE_SHADE);
    }

    /** The shaded (supplemental) part of a column on service line 0-5. */
    static Field shadedCell(Field column, int line) {
        checkLine(line);
        return new Field(column.number() + (line + 1) + "s", "", column.x(), lineTop(line), column.width(), LINE_SHADE);
    }

    /** The box of modifier 0-3 on service line 0-5. */
    static Field modifier(int line, int index) {
        Field all = cell(COL_24D_MODIFIERS, line);
        float w = all.width() / 4;
        return new Field("24D-mod" + (index + 1), "", all.x() + index * w, all.y(), w, all.height());
    }

    static float lineTop(int line) {
        return LINES_TOP + line * LINE;
    }

    private static void checkLine(int line) {
        if (line < 0 || line >= LINES_PER_PAGE) {
            throw new IllegalArgumentException("a CMS-1500 has service lines 1-6, not " + (line + 1));
        }
    }

    static final float BOTTOM_TOP = LINES_TOP + LINES_PER_PAGE * LINE;
    static final Field ITEM_25 = Field.span("25", "FEDERAL TAX ID NUMBER   SSN  EIN", X0, BOTTOM_TOP, 200, BOTTOM_TOP + 24);
    static final Field ITEM_26 = Field.span("26", "PATIENT'S ACCOUNT NO.", 200, BOTTOM_TOP, 318, BOTTOM_TOP + 24);
    static final Field ITEM_27 = Field.span("27", "ACCEPT ASSIGNMENT?", 318, BOTTOM_TOP, 400, BOTTOM_TOP + 24);
    static final Field ITEM_28 = Field.span("28", "TOTAL CHARGE", 400, BOTTOM_TOP, 470, BOTTOM_TOP + 24);
    static final Field ITEM_29 = Field.span("29", "AMOUNT PAID", 470, BOTTOM_TOP, 534, BOTTOM_TOP + 24);
    static final Field ITEM_30 = Field.span("30", "NUCC USE", 534, BOTTOM_TOP, X1, BOTTOM_TOP + 24);

    static final float PROVIDER_TOP = BOTTOM_TOP + 24;
    static final float PROVIDER_BOTTOM = PROVIDER_TOP + 62;
    static final Field ITEM_31 = Field.span("31", "SIGNATURE OF PHYSICIAN OR SUPPLIER", X0, PROVIDER_TOP, 200, PROVIDER_BOTTOM);
    static final Field ITEM_32 = Field.span("32", "SERVICE FACILITY LOCATION", 200, PROVIDER_TOP, 390, PROVIDER_BOTTOM - 14);
    static final Field ITEM_32A = Field.span("32a", "NPI", 200, PROVIDER_BOTTOM - 14, 295, PROVIDER_BOTTOM);
    static final Field ITEM_32B = Field.span("32b", "", 295, PROVIDER_BOTTOM - 14, 390, PROVIDER_BOTTOM);
    static final Field ITEM_33 = Field.span("33", "BILLING PROVIDER INFO & PH #", 390, PROVIDER_TOP, X1, PROVIDER_BOTTOM - 14);
    static final Field ITEM_33A = Field.span("33a", "NPI", 390, PROVIDER_BOTTOM - 14, 490, PROVIDER_BOTTOM);
    static final Field ITEM_33B = Field.span("33b", "", 490, PROVIDER_BOTTOM - 14, X1, PROVIDER_BOTTOM);

    /** The boxed items drawn with outline and caption, in reading order. */
    static final List<Field> BOXES = List.of(ITEM_1, ITEM_1A, ITEM_2, ITEM_3, ITEM_4, ITEM_5, ITEM_6, ITEM_7,
            ITEM_5_CITY, ITEM_5_STATE, ITEM_5_ZIP, ITEM_5_PHONE, ITEM_8, ITEM_7_CITY, ITEM_7_STATE, ITEM_7_ZIP,
            ITEM_7_PHONE, ITEM_9, ITEM_9A, ITEM_9B, ITEM_9C, ITEM_9D, ITEM_10, ITEM_10A, ITEM_10B, ITEM_10C, ITEM_10D,
            ITEM_11, ITEM_11A, ITEM_11B, ITEM_11C, ITEM_11D, ITEM_12, ITEM_13, ITEM_14, ITEM_15, ITEM_16, ITEM_17,
            ITEM_17A, ITEM_17B, ITEM_18, ITEM_19, ITEM_20, ITEM_21, ITEM_22, ITEM_23, ITEM_25, ITEM_26, ITEM_27,
            ITEM_28, ITEM_29, ITEM_30, ITEM_31, ITEM_32, ITEM_32A, ITEM_32B, ITEM_33, ITEM_33A, ITEM_33B);
}
