package org.medcoder.encoder.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.medcoder.codesets.AppliedNote;
import org.medcoder.codesets.NoteKind;
import org.medcoder.core.IcdCmCode;

/**
 * A "use additional code" or "code also" note that names the other condition in words, without a code: F84 "Code
 * also any associated medical condition and intellectual disabilities" names F72 "Severe intellectual
 * disabilities"; D76.2 "Use additional code to identify infectious agent or disease" names any code of chapter 1
 * (A00-B99). Both conditions stated, both are coded (I.A.13 "use additional code", I.A.17 "code also").
 */
final class NoteWording {

    /** The note's own instruction words, not a condition's. */
    private static final Pattern INSTRUCTION = Pattern.compile("\\b(?:code also|use additional code|codes?"
            + "|to identify|if applicable|if known|any|associated|such as|the)\\b");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[,;:()]|\\band\\b|\\bor\\b)\\s*");

    private NoteWording() {
    }

    /** Whether the note, which references no code, names the condition of {@code other} (its title). */
    static boolean names(AppliedNote note, IcdCmCode other, String otherTitle) {
        NoteKind k = note.note().kind();
        if (k != NoteKind.USE_ADDITIONAL_CODE && k != NoteKind.CODE_ALSO || !note.note().references().isEmpty()) {
            return false;
        }
        String text = note.note().text().toLowerCase(Locale.ROOT);
        if (text.contains("infectious agent")) {
            char c = other.value().charAt(0);
            return c == 'A' || c == 'B'; // chapter 1, Certain infectious and parasitic diseases
        }
        String title = otherTitle.toLowerCase(Locale.ROOT);
        for (String phrase : SEPARATORS.split(INSTRUCTION.matcher(text).replaceAll(" "))) {
            String p = phrase.strip().replaceAll("\\s+", " ");
            if (p.indexOf(' ') > 0 && title.contains(p)) {
                return true; // a phrase of two words or more that the title says ("intellectual disabilities")
            }
        }
        return false;
    }
}
