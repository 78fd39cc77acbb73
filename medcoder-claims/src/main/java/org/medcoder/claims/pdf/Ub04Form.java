package org.medcoder.claims.pdf;

import static org.medcoder.claims.pdf.Ub04Layout.*;

/**
 * Draws the empty UB-04 (CMS-1450) form: every form locator's box with its number and caption, the revenue-line
 * grid (22 lines and the totals line 23, every other line shaded as on the paper form) and the row letters of the
 * payer, insured and authorization blocks.
 */
final class Ub04Form {

    private Ub04Form() {
    }

    static void draw(FormCanvas c) {
        c.caption(X0, 13, "UB-04 (CMS-1450) UNIFORM BILL - LAYOUT OF THE NUBC FORM, printed by medcoder");
        for (Field f : boxes()) {
            c.field(f);
        }
        drawRevenueGrid(c);
        for (Field column : new Field[] {FL50, FL58, FL63}) {
            for (int r = 0; r < 3; r++) {
                Field row = row(column, r);
                c.line(X0, row.y(), X1, row.y());
                c.caption(X0 - 7, row.bottom() - 3, String.valueOf((char) ('A' + r)));
            }
        }
        for (int i = 0; i < 18; i++) {
            Field dx = diagnosis(i);
            // The small box at the right of each diagnosis holds its present-on-admission indicator.
            c.line(dx.right() - 10, dx.y() + 7, dx.right() - 10, dx.bottom());
        }
    }

    private static void drawRevenueGrid(FormCanvas c) {
        for (int line = 0; line <= LINES_PER_PAGE; line++) {
            Field row = cell(FL42, line);
            if (line % 2 == 1) {
                c.shade(X0 + 0.5f, row.y() + 0.3f, X1 - X0 - 1, LINE - 0.6f);
            }
            c.line(X0, row.y(), X1, row.y());
            c.caption(X0 - 9, row.bottom() - 2.5f, String.valueOf(line + 1));
        }
        for (Field col : LINE_COLUMNS) {
            c.field(col);
            c.line(col.x(), LINES_TOP, col.x(), LINES_BOTTOM);
        }
        c.rectangle(X0, LINES_HEAD, X1 - X0, LINES_BOTTOM - LINES_HEAD);
    }
}
