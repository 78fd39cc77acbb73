package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import org.medcoder.codesets.AppliedNote;
import org.medcoder.codesets.CodeRange;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.NoteKind;
import org.medcoder.core.IcdCmCode;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;

/**
 * How {@link PregnancyContext} finds the chapter 15 code of a condition in a pregnancy when "Pregnancy, complicated
 * by" has no entry for the statement's wording: the condition coded alone, then the O99 code whose own "use
 * additional code" note asks for the condition's category (O99.33 "code from category F17 to identify type of
 * tobacco nicotine dependence") or, failing that, whose "Conditions in X-Y" inclusion term covers it (I.A.11,
 * I.A.13, I.C.15.a.1).
 */
final class PregnancyTerms {

    private PregnancyTerms() {
    }

    /**
     * The condition alone (without the pregnancy and timing words), when it codes outside chapter 15 and outside
     * the pregnancy's own Z3- codes; null otherwise.
     */
    static EncodeResult conditionAlone(Engine engine, String alone, EncodeOptions options) {
        if (alone.isBlank() || Gestation.obstetric(alone)) {
            return null;
        }
        EncodeResult own = engine.encodePlain(alone, options);
        if (own.codes().isEmpty()) {
            return null;
        }
        String v = own.codes().get(0).code().value();
        return v.startsWith("O") || v.startsWith("Z3") ? null : own;
    }

    /**
     * The code under {@code parent} (subcategories, then theirs) whose own "use additional code" note names the
     * condition's category, walked to its billable code with the statement's trimester; null when none names it.
     */
    static EncodeResult byNote(IcdCmRelease release, TabularWalker walker, Coding coding, IcdCmCode condition,
            Statement s, EncodeResult r, EncodeOptions options) {
        String cat = condition.category().value();
        for (IcdCmEntry sub : deepestFirst(release, IcdCmCode.parse("O99"))) {
            for (AppliedNote n : release.notes(sub.code())) {
                if (n.note().kind() != NoteKind.USE_ADDITIONAL_CODE
                        || !sub.code().value().equals(n.at().replace(".", "")) || !names(n, cat)) {
                    continue;
                }
                var walked = walker.complete(sub.code().value(), s, options, -1L);
                if (walked.isPresent()) {
                    EncodedCode c = coding.coded(walked.get(), "Pregnancy, complicated by: " + sub.code().dotted()
                            + ", whose note asks for the condition (" + n.note().text() + ")",
                            List.of("I.C.15.a.1", "I.A.13"));
                    return new EncodeResult(r.statement(), List.of(c), walked.get().questions(), List.of(),
                            r.release());
                }
            }
        }
        return null;
    }

    /** Whether the note names the category ("from category F17 ..."; a range reference covering it). */
    private static boolean names(AppliedNote n, String category) {
        for (CodeRange range : n.note().references()) {
            if (range.first().value().startsWith(category)) {
                return true;
            }
        }
        String text = n.note().text();
        return text.contains("category " + category) || text.contains("(" + category + ".");
    }

    /** The subcategories of {@code parent}, each one's own subcategories before it (deepest first). */
    static List<IcdCmEntry> deepestFirst(IcdCmRelease release, IcdCmCode parent) {
        List<IcdCmEntry> out = new ArrayList<>();
        for (IcdCmEntry sub : release.children(parent)) {
            for (IcdCmEntry grand : release.children(sub.code())) {
                if (!grand.billable()) {
                    out.add(grand);
                }
            }
            out.add(sub);
        }
        return out;
    }

    /** Whether the category lies in one of the ranges (first, last, first, last ...). */
    static boolean within(String category, String[] ranges) {
        for (int i = 0; i + 1 < ranges.length; i += 2) {
            if (category.compareTo(ranges[i]) >= 0 && category.compareTo(ranges[i + 1]) <= 0) {
                return true;
            }
        }
        return false;
    }
}
