package org.medcoder.claims.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Where every form locator (FL1-FL81) of the UB-04 (CMS-1450) institutional claim form is on the page, top to
 * bottom as on the paper form: provider and bill identification (FL1-7), patient and admission (FL8-17),
 * condition, occurrence and value codes (FL18-41), 22 revenue lines and the totals line (FL42-49), payers,
 * insureds and authorizations (FL50-65), diagnoses and procedures (FL66-75), physicians (FL76-79), remarks (FL80-81).
 * Proportions follow the NUBC layout; captions are short ones of our own.
 *
 * <p>Coordinates are points from the top-left corner of a Letter page (see {@link Field}).
 */
final class Ub04Layout {

    private Ub04Layout() {
    }

    static final float X0 = 22;
    static final float X1 = 590;
    /** A box with a caption and one line of data. */
    static final float BOX = 23;
    /** One line of a multi-line block without captions (payer, insured and authorization rows A-C). */
    static final float ROW = 11;
    /** One revenue line. */
    static final float LINE = 10.5f;
    /** Revenue lines on one page (NUBC: line 23 holds the page number and totals). */
    static final int LINES_PER_PAGE = 22;

    // Provider and bill: FL1 and FL2 four lines each; FL3a/3b/4 and FL5/6/7 stacked on the right.
    static final float TOP = 20;
    static final Field FL1 = Field.span("1", "BILLING PROVIDER", X0, TOP, 172, TOP + 2 * BOX);
    static final Field FL2 = Field.span("2", "PAY-TO PROVIDER", 172, TOP, 322, TOP + 2 * BOX);
    static final Field FL3A = Field.span("3a", "PATIENT CONTROL NO.", 322, TOP, 440, TOP + BOX);
    static final Field FL3B = Field.span("3b", "MEDICAL RECORD NO.", 440, TOP, 530, TOP + BOX);
    static final Field FL4 = Field.span("4", "TYPE OF BILL", 530, TOP, X1, TOP + BOX);
    static final Field FL5 = Field.span("5", "FED. TAX NO.", 322, TOP + BOX, 400, TOP + 2 * BOX);
    static final Field FL6 = Field.span("6", "STATEMENT PERIOD  FROM   THROUGH", 400, TOP + BOX, 540, TOP + 2 * BOX);
    static final Field FL7 = Field.span("7", "", 540, TOP + BOX, X1, TOP + 2 * BOX);

    // Patient.
    static final float PATIENT = TOP + 2 * BOX;
    static final Field FL8A = Field.span("8a", "PATIENT ID", X0, PATIENT, 210, PATIENT + BOX);
    static final Field FL8B = Field.span("8b", "PATIENT NAME", X0, PATIENT + BOX, 210, PATIENT + 2 * BOX);
    static final Field FL9A = Field.span("9a", "PATIENT ADDRESS (street)", 210, PATIENT, X1, PATIENT + BOX);
    static final Field FL9B = Field.span("9b", "CITY", 210, PATIENT + BOX, 420, PATIENT + 2 * BOX);
    static final Field FL9C = Field.span("9c", "STATE", 420, PATIENT + BOX, 456, PATIENT + 2 * BOX);
    static final Field FL9D = Field.span("9d", "ZIP", 456, PATIENT + BOX, 550, PATIENT + 2 * BOX);
    static final Field FL9E = Field.span("9e", "CNTRY", 550, PATIENT + BOX, X1, PATIENT + 2 * BOX);

    // Birth date, sex, admission (FL12-15), discharge hour and status, condition codes, accident state.
    static final float ADMISSION = PATIENT + 2 * BOX;
    static final Field FL10 = Field.span("10", "BIRTHDATE", X0, ADMISSION, 74, ADMISSION + BOX);
    static final Field FL11 = Field.span("11", "SEX", 74, ADMISSION, 94, ADMISSION + BOX);
    static final Field FL12 = Field.span("12", "ADM DATE", 94, ADMISSION, 142, ADMISSION + BOX);
    static final Field FL13 = Field.span("13", "HR", 142, ADMISSION, 160, ADMISSION + BOX);
    static final Field FL14 = Field.span("14", "TYPE", 160, ADMISSION, 180, ADMISSION + BOX);
    static final Field FL15 = Field.span("15", "SRC", 180, ADMISSION, 200, ADMISSION + BOX);
    static final Field FL16 = Field.span("16", "DHR", 200, ADMISSION, 220, ADMISSION + BOX);
    static final Field FL17 = Field.span("17", "STAT", 220, ADMISSION, 242, ADMISSION + BOX);
    static final Field FL29 = Field.span("29", "ACDT ST", 528, ADMISSION, 562, ADMISSION + BOX);
    static final Field FL30 = Field.span("30", "", 562, ADMISSION, X1, ADMISSION + BOX);

    /** Condition code box FL18 to FL28 (index 0-10). */
    static Field conditionCode(int index) {
        float w = (528 - 242) / 11f;
        return new Field(String.valueOf(18 + index), index == 0 ? "COND" : "", 242 + index * w,
                ADMISSION, w, BOX);
    }

    // Occurrence codes (FL31-34), occurrence spans (FL35-36), FL37; rows a and b.
    static final float OCCURRENCE = ADMISSION + BOX;
    static final float OCCURRENCE_HEIGHT = 34;

    /** Occurrence code box FL31-34 (index 0-3), code and date, rows a and b. */
    static Field occurrence(int index) {
        return new Field(String.valueOf(31 + index), "OCCUR. CODE  DATE", X0 + index * 68, OCCURRENCE, 68,
                OCCURRENCE_HEIGHT);
    }

    /** Occurrence span box FL35-36 (index 0-1), code, from and through. */
    static Field occurrenceSpan(int index) {
        return new Field(String.valueOf(35 + index), "SPAN CODE  FROM   THROUGH", 294 + index * 114,
                OCCURRENCE, 114, OCCURRENCE_HEIGHT);
    }

    static final Field FL37 = Field.span("37", "", 522, OCCURRENCE, X1, OCCURRENCE + OCCURRENCE_HEIGHT);

    // Responsible party (FL38) and value codes (FL39-41), rows a-d.
    static final float VALUES = OCCURRENCE + OCCURRENCE_HEIGHT;
    static final Field FL38 = Field.span("38", "RESPONSIBLE PARTY NAME AND ADDRESS", X0, VALUES, 290, VALUES + 2 * BOX);

    /** Value code box FL39-41 (index 0-2), code and amount, rows a-d. */
    static Field valueCode(int index) {
        return new Field(String.valueOf(39 + index), "VALUE CODES  CODE  AMOUNT", 290 + index * 100, VALUES, 100,
                2 * BOX);
    }

    // Revenue lines FL42-49: a heading, 22 lines, line 23 (page and totals).
    static final float LINES_HEAD = VALUES + 2 * BOX;
    static final float LINES_TOP = LINES_HEAD + 14;
    static final Field FL42 = Field.span("42", "REV. CD.", X0, LINES_HEAD, 52, LINES_TOP);
    static final Field FL43 = Field.span("43", "DESCRIPTION", 52, LINES_HEAD, 232, LINES_TOP);
    static final Field FL44 = Field.span("44", "HCPCS / RATE / HIPPS CODE", 232, LINES_HEAD, 352, LINES_TOP);
    static final Field FL45 = Field.span("45", "SERV. DATE", 352, LINES_HEAD, 400, LINES_TOP);
    static final Field FL46 = Field.span("46", "SERV. UNITS", 400, LINES_HEAD, 450, LINES_TOP);
    static final Field FL47 = Field.span("47", "TOTAL CHARGES", 450, LINES_HEAD, 515, LINES_TOP);
    static final Field FL48 = Field.span("48", "NON-COVERED", 515, LINES_HEAD, 580, LINES_TOP);
    static final Field FL49 = Field.span("49", "", 580, LINES_HEAD, X1, LINES_TOP);
    static final List<Field> LINE_COLUMNS = List.of(FL42, FL43, FL44, FL45, FL46, FL47, FL48, FL49);
    static final float LINES_BOTTOM = LINES_TOP + (LINES_PER_PAGE + 1) * LINE;

    /** The box of a column on revenue line 0-21, or on line 22: the totals line ("line 23" of the form). */
    static Field cell(Field column, int line) {
        if (line < 0 || line > LINES_PER_PAGE) {
            throw new IllegalArgumentException("a UB-04 has revenue lines 1-23, not " + (line + 1));
        }
        return new Field(column.number() + "." + (line + 1), "", column.x(), LINES_TOP + line * LINE, column.width(),
                LINE);
    }

    // Payers (FL50-57), insureds (FL58-62), authorizations (FL63-65): a heading and rows A-C each.
    static final float PAYERS = LINES_BOTTOM;
    static final Field FL50 = Field.span("50", "PAYER NAME", X0, PAYERS, 200, PAYERS + 14 + 3 * ROW);
    static final Field FL51 = Field.span("51", "HEALTH PLAN ID", 200, PAYERS, 300, PAYERS + 14 + 3 * ROW);
    static final Field FL52 = Field.span("52", "REL", 300, PAYERS, 322, PAYERS + 14 + 3 * ROW);
    static final Field FL53 = Field.span("53", "ASG", 322, PAYERS, 344, PAYERS + 14 + 3 * ROW);
    static final Field FL54 = Field.span("54", "PRIOR PAYMENTS", 344, PAYERS, 414, PAYERS + 14 + 3 * ROW);
    static final Field FL55 = Field.span("55", "EST. AMOUNT DUE", 414, PAYERS, 484, PAYERS + 14 + 3 * ROW);
    static final Field FL56 = Field.span("56", "NPI", 484, PAYERS, X1, PAYERS + 14);
    static final Field FL57 = Field.span("57", "OTHER PRV ID", 484, PAYERS + 14, X1, PAYERS + 14 + 3 * ROW);

    static final float INSUREDS = PAYERS + 14 + 3 * ROW;
    static final Field FL58 = Field.span("58", "INSURED'S NAME", X0, INSUREDS, 220, INSUREDS + 14 + 3 * ROW);
    static final Field FL59 = Field.span("59", "P.REL", 220, INSUREDS, 246, INSUREDS + 14 + 3 * ROW);
    static final Field FL60 = Field.span("60", "INSURED'S UNIQUE ID", 246, INSUREDS, 400, INSUREDS + 14 + 3 * ROW);
    static final Field FL61 = Field.span("61", "GROUP NAME", 400, INSUREDS, 490, INSUREDS + 14 + 3 * ROW);
    static final Field FL62 = Field.span("62", "INSURANCE GROUP NO.", 490, INSUREDS, X1, INSUREDS + 14 + 3 * ROW);

    static final float AUTHORIZATIONS = INSUREDS + 14 + 3 * ROW;
    static final Field FL63 = Field.span("63", "TREATMENT AUTHORIZATION CODES", X0, AUTHORIZATIONS, 220,
            AUTHORIZATIONS + 14 + 3 * ROW);
    static final Field FL64 = Field.span("64", "DOCUMENT CONTROL NUMBER", 220, AUTHORIZATIONS, 400,
            AUTHORIZATIONS + 14 + 3 * ROW);
    static final Field FL65 = Field.span("65", "EMPLOYER NAME", 400, AUTHORIZATIONS, X1, AUTHORIZATIONS + 14 + 3 * ROW);

    /** Row A, B or C (0-2) of a payer, insured or authorization column. */
    static Field row(Field column, int index) {
        if (index < 0 || index > 2) {
            throw new IllegalArgumentException("payer rows are A-C, not index " + index);
        }
        float top = column == FL57 ? column.y() : column.y() + 14;
        return new Field(column.number() + (char) ('A' + index), "", column.x(), top + index * ROW, column.width(), ROW);
    }

    // Diagnoses: FL66 qualifier, FL67 principal then 67A-H (first row) and 67I-Q (second row), FL68.
    static final float DIAGNOSES = AUTHORIZATIONS + 14 + 3 * ROW;
    static final float DX_HEIGHT = 19;
    static final Field FL66 = Field.span("66", "DX", X0, DIAGNOSES, 38, DIAGNOSES + 2 * DX_HEIGHT);
    static final Field FL68 = Field.span("68", "", 578, DIAGNOSES, X1, DIAGNOSES + 2 * DX_HEIGHT);

    /** FL67 (index 0, the principal diagnosis) and 67A-67Q (index 1-17): nine boxes in the first row, eight below. */
    static Field diagnosis(int index) {
        if (index < 0 || index > 17) {
            throw new IllegalArgumentException("FL67 holds the principal and 17 other diagnoses, not index " + index);
        }
        float w = 60;
        String number = index == 0 ? "67" : String.valueOf((char) ('A' + index - 1));
        int col = index < 9 ? index : index - 9;
        float y = index < 9 ? DIAGNOSES : DIAGNOSES + DX_HEIGHT;
        return new Field(number, index == 0 ? "PRIN. DX  POA" : "", 38 + col * w, y, w, DX_HEIGHT);
    }

    static final float REASONS = DIAGNOSES + 2 * DX_HEIGHT;
    static final Field FL69 = Field.span("69", "ADMIT DX", X0, REASONS, 100, REASONS + BOX);
    static final Field FL71 = Field.span("71", "PPS CODE", 310, REASONS, 360, REASONS + BOX);
    static final Field FL73 = Field.span("73", "", 560, REASONS, X1, REASONS + BOX);

    /** FL70 patient reason for visit a-c (index 0-2). */
    static Field reasonForVisit(int index) {
        return new Field(index == 0 ? "70a" : String.valueOf((char) ('a' + index)), index == 0 ? "PATIENT REASON DX" : "",
                100 + index * 70, REASONS, 70, BOX);
    }

    /** FL72 external cause of injury a-c (index 0-2). */
    static Field externalCause(int index) {
        return new Field(index == 0 ? "72a" : String.valueOf((char) ('a' + index)), index == 0 ? "ECI" : "",
                360 + index * 200 / 3f, REASONS, 200 / 3f, BOX);
    }

    // Procedures FL74 (principal, a-e), FL75, physicians FL76-79, remarks FL80, FL81 code-code.
    static final float PROCEDURES = REASONS + BOX;

    /** FL74 principal procedure (index 0) and other procedures a-e (index 1-5): code and date, three per row. */
    static Field procedure(int index) {
        if (index < 0 || index > 5) {
            throw new IllegalArgumentException("FL74 holds the principal and 5 other procedures, not index " + index);
        }
        String number = index == 0 ? "74" : String.valueOf((char) ('a' + index - 1));
        String caption = index == 0 ? "PRINCIPAL PROCEDURE  CODE  DATE" : "OTHER PROCEDURE  CODE  DATE";
        return new Field(number, caption, X0 + (index % 3) * 120, PROCEDURES + (index / 3) * BOX, 120, BOX);
    }

    static final Field FL75 = Field.span("75", "", 382, PROCEDURES, 410, PROCEDURES + 2 * BOX);
    static final Field FL76 = Field.span("76", "ATTENDING  NPI / LAST, FIRST", 410, PROCEDURES, X1, PROCEDURES + BOX);
    static final Field FL77 = Field.span("77", "OPERATING  NPI / LAST, FIRST", 410, PROCEDURES + BOX, X1,
            PROCEDURES + 2 * BOX);
    static final float REMARKS = PROCEDURES + 2 * BOX;
    static final Field FL78 = Field.span("78", "OTHER  NPI / LAST, FIRST", 410, REMARKS, X1, REMARKS + BOX);
    static final Field FL79 = Field.span("79", "OTHER  NPI / LAST, FIRST", 410, REMARKS + BOX, X1, REMARKS + 2 * BOX);
    static final Field FL80 = Field.span("80", "REMARKS", X0, REMARKS, 250, REMARKS + 2 * BOX);
    static final Field FL81 = Field.span("81", "CC  a-d  QUAL  CODE", 250, REMARKS, 410, REMARKS + 2 * BOX);

    /** Every box drawn with outline and caption. */
    static List<Field> boxes() {
        List<Field> all = new ArrayList<>(List.of(FL1, FL2, FL3A, FL3B, FL4, FL5, FL6, FL7, FL8A, FL8B, FL9A, FL9B,
                FL9C, FL9D, FL9E, FL10, FL11, FL12, FL13, FL14, FL15, FL16, FL17, FL29, FL30, FL37, FL38, FL50, FL51,
                FL52, FL53, FL54, FL55, FL56, FL57, FL58, FL59, FL60, FL61, FL62, FL63, FL64, FL65, FL66, FL68, FL69,
                FL71, FL73, FL75, FL76, FL77, FL78, FL79, FL80, FL81));
        for (int i = 0; i < 11; i++) {
            all.add(conditionCode(i));
        }
        for (int i = 0; i < 4; i++) {
            all.add(occurrence(i));
        }
        for (int i = 0; i < 3; i++) {
            all.add(valueCode(i));
            all.add(reasonForVisit(i));
            all.add(externalCause(i));
        }
        all.add(occurrenceSpan(0));
        all.add(occurrenceSpan(1));
        for (int i = 0; i < 18; i++) {
            all.add(diagnosis(i));
        }
        for (int i = 0; i < 6; i++) {
            all.add(procedure(i));
        }
        return List.copyOf(all);
    }
}
