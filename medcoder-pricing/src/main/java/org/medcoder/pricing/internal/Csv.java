package org.medcoder.pricing.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of the CMS fee-schedule CSV files into fields: comma separated, a field in double quotes may hold
 * commas and doubled quotes. The files have no line breaks inside fields.
 */
public final class Csv {

    private Csv() {
    }

    /** The fields of one line, unquoted, not trimmed. */
    public static List<String> split(String line) {
        List<String> fields = new ArrayList<>(34);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /**
     * A decimal with at most {@code places} decimals as an integer in units of 10^-places ("1.30" with 2 places →
     * 130); blank is 0.
     */
    public static int scaled(String text, int places) {
        String t = text.strip();
        if (t.isEmpty()) {
            return 0;
        }
        int dot = t.indexOf('.');
        String whole = dot < 0 ? t : t.substring(0, dot);
        String frac = dot < 0 ? "" : t.substring(dot + 1);
        if (frac.length() > places || whole.isEmpty() && frac.isEmpty()) {
            throw new NumberFormatException("'" + text + "' has more than " + places + " decimals");
        }
        StringBuilder digits = new StringBuilder(whole.isEmpty() ? "0" : whole).append(frac);
        for (int i = frac.length(); i < places; i++) {
            digits.append('0');
        }
        return Integer.parseInt(digits.toString());
    }
}
