package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.codesets.IndexTerm;

/**
 * Abbreviations the Alphabetic Index itself gives beside a term's wording, in square brackets ("electromyogram
 * [EMG]") or as a nonessential modifier ("C-reactive protein (CRP)", "lactic acid dehydrogenase (LDH) level"):
 * brackets enclose synonyms and alternative wordings (Guideline I.A.6), so a statement that writes only the
 * abbreviation ("elevated CRP", "abnormal EMG") names the term. Each abbreviation becomes one more wording of the
 * term; the term's own words still count more when they are written out (the longer wording accounts for more).
 * Only capitalised forms of three or more characters qualify: "(PT)", "(AL)" are too short to be read alone.
 */
final class IndexAbbreviations {

    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]*)\\]");
    /** An abbreviation as the index prints it: capitals and digits, at least two capitals, one hyphen at most. */
    private static final Pattern ABBREVIATION = Pattern.compile("[A-Z][A-Z0-9]{2,7}(?:-[A-Z0-9]{1,3})?");

    private IndexAbbreviations() {
    }

    /** The term's abbreviations, in lower case ("emg", "crp"); empty for most terms (hot path at compile time only). */
    static List<String> of(IndexTerm t) {
        List<String> out = new ArrayList<>(0);
        String title = t.title();
        if (title.indexOf('[') >= 0) {
            Matcher m = BRACKETED.matcher(title);
            while (m.find()) {
                add(m.group(1), out);
            }
        }
        for (String m : t.nonessentialModifiers()) {
            add(m.replace("(", "").replace(")", ""), out);
        }
        return out;
    }

    private static void add(String text, List<String> out) {
        String s = text.strip();
        if (ABBREVIATION.matcher(s).matches() && capitals(s) >= 2) {
            out.add(s.toLowerCase(Locale.ROOT));
        }
    }

    private static int capitals(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += Character.isUpperCase(s.charAt(i)) ? 1 : 0;
        }
        return n;
    }
}
