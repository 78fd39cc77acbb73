package org.medcoder.claims.pdf;

import java.awt.geom.Rectangle2D;

/**
 * A box on a claim form: its item number (CMS-1500 item or UB-04 form locator), a short caption, and where it is,
 * in points measured from the top-left corner of a US Letter page (612 x 792).
 */
record Field(String number, String caption, float x, float y, float width, float height) {

    Field {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("field " + number + " has no area: " + width + " x " + height);
        }
        if (x < 0 || y < 0 || x + width > FormCanvas.PAGE_WIDTH + 0.01f || y + height > FormCanvas.PAGE_HEIGHT + 0.01f) {
            throw new IllegalArgumentException("field " + number + " lies outside the page");
        }
    }

    /** A field spanning from x to right and from y to bottom. */
    static Field span(String number, String caption, float x, float y, float right, float bottom) {
        return new Field(number, caption, x, y, right - x, bottom - y);
    }

    /** A part of this field, e.g. one service line of the service-line block, without a caption of its own. */
    Field part(String partNumber, float dx, float dy, float partWidth, float partHeight) {
        return new Field(partNumber, "", x + dx, y + dy, partWidth, partHeight);
    }

    float right() {
        return x + width;
    }

    float bottom() {
        return y + height;
    }

    /** The area of this field in the top-left page coordinates that text extraction by area uses. */
    Rectangle2D area() {
        return new Rectangle2D.Float(x, y, width, height);
    }
}
