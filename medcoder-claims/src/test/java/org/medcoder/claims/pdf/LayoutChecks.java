package org.medcoder.claims.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.List;

/** Test helper: geometric checks on form layouts. */
final class LayoutChecks {

    private LayoutChecks() {
    }

    /** No two boxes share area (touching edges is fine). */
    static void assertNoOverlap(List<Field> boxes) {
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Rectangle2D overlap = boxes.get(i).area().createIntersection(boxes.get(j).area());
                boolean shares = overlap.getWidth() > 0.5 && overlap.getHeight() > 0.5;
                assertThat(shares).as("box %s overlaps box %s", boxes.get(i).number(), boxes.get(j).number()).isFalse();
            }
        }
    }
}
