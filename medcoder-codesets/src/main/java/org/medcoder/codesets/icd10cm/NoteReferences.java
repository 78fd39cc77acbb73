package org.medcoder.codesets.icd10cm;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.codesets.CodeRange;
import org.medcoder.core.IcdCmCode;

/**
 * Finds the codes and ranges a tabular note refers to. The Tabular writes them in parentheses after the
 * condition, e.g. {@code (Z16.-)}, {@code (P35-P39)}, {@code (E08.42, E09.42)}; only parenthesised text is read,
 * so words such as "vitamin B12" are not taken for codes.
 */
final class NoteReferences {

    private static final Pattern PARENS = Pattern.compile("\\(([^()]*)\\)");
    private static final String CODE = "[A-Z][0-9][0-9A-Z](?:\\.[0-9A-Z]{0,4})?-?";
    private static final Pattern REF = Pattern.compile("(?<![A-Za-z0-9])(" + CODE + ")(?:\\s*-\\s*(" + CODE + "))?(?![A-Za-z0-9])");

    private NoteReferences() {
    }

    /** The code ranges named in {@code text}, in order of appearance. */
    static List<CodeRange> parse(String text) {
        List<CodeRange> refs = new ArrayList<>(2);
        Matcher p = PARENS.matcher(text);
        while (p.find()) {
            Matcher m = REF.matcher(p.group(1));
            while (m.find()) {
                IcdCmCode first = code(m.group(1));
                IcdCmCode last = m.group(2) == null ? first : code(m.group(2));
                if (first != null && last != null) {
                    refs.add(new CodeRange(first, last));
                }
            }
        }
        return refs;
    }

    /** The code written as {@code E11.2}, {@code N18.-} or {@code M97.0-}; null when it is not a code. */
    private static IcdCmCode code(String written) {
        String s = written.replace("-", "");
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        return IcdCmCode.isWellFormed(s) ? IcdCmCode.parse(s) : null;
    }
}
