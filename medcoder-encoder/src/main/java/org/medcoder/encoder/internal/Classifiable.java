package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.codesets.AppliedNote;
import org.medcoder.codesets.CodeRange;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.NoteKind;
import org.medcoder.core.IcdCmCode;

/**
 * Inclusion terms that point to other codes instead of naming conditions: Z80.0 "Family history of malignant
 * neoplasm of digestive organs" includes "Conditions classifiable to C15-C26" (Guideline I.A.11). The index lists
 * only a few sites under "History, family, malignant neoplasm"; a coder codes the condition itself (colon: C18.9)
 * and takes the code of the category whose inclusion term covers it (Z80.0).
 */
final class Classifiable {

    /** A code of the category (billable or a header to walk down) and the codes its "classifiable to" inclusion term covers. */
    record Pointer(IcdCmCode code, List<CodeRange> ranges, String text) {

        boolean covers(IcdCmCode condition) {
            return ranges.stream().anyMatch(r -> r.contains(condition));
        }
    }

    private static final String CODE = "([A-Z][0-9][0-9A-Z](?:\\.[0-9A-Z]{1,4})?)";
    private static final Pattern RANGE = Pattern.compile(
            CODE + "(?:\\.?-(?!\\s*[A-Z][0-9]))?(?:\\s*-\\s*" + CODE + "(?:\\.?-)?)?");

    private final IcdCmRelease release;
    private final ConcurrentHashMap<String, List<Pointer>> byCategory = new ConcurrentHashMap<>();

    Classifiable(IcdCmRelease release) {
        this.release = release;
    }

    /** Whether codes of this category are chosen by the condition they are classifiable to. */
    boolean applies(IcdCmCode code) {
        return !pointers(code.category()).isEmpty();
    }

    /**
     * The code of the category whose inclusion term covers the condition, when the current code's own does not;
     * empty when the current code is right or no code of the category covers the condition.
     */
    Optional<Pointer> target(IcdCmCode current, IcdCmCode condition) {
        List<Pointer> all = pointers(current.category());
        for (Pointer p : all) {
            if (current.value().startsWith(p.code().value()) && p.covers(condition)) {
                return Optional.empty();
            }
        }
        return all.stream().filter(p -> p.covers(condition)).findFirst();
    }

    /** The codes and ranges an inclusion term names: "C15-C26", "C50.-", "C00-C14, C40-C49"; "except ..." ends it. */
    static List<CodeRange> ranges(String text) {
        String t = text.split("(?i)\\bexcept\\b")[0];
        List<CodeRange> out = new ArrayList<>();
        Matcher m = RANGE.matcher(t);
        while (m.find()) {
            String a = m.group(1).replace(".", "");
            String b = m.group(2) == null ? a : m.group(2).replace(".", "");
            if (IcdCmCode.isWellFormed(a) && IcdCmCode.isWellFormed(b)) {
                out.add(new CodeRange(IcdCmCode.parse(a), IcdCmCode.parse(b)));
            }
        }
        return List.copyOf(out);
    }

    private List<Pointer> pointers(IcdCmCode category) {
        return byCategory.computeIfAbsent(category.value(), k -> {
            List<Pointer> out = new ArrayList<>();
            for (IcdCmEntry e : release.descendants(category)) {
                for (AppliedNote n : release.notes(e.code())) {
                    if (n.note().kind() == NoteKind.INCLUSION_TERM && n.isOwn(e.code().dotted())
                            && n.note().text().toLowerCase(Locale.ROOT).contains("classifiable to")) {
                        List<CodeRange> ranges = ranges(n.note().text());
                        if (!ranges.isEmpty()) {
                            out.add(new Pointer(e.code(), ranges, n.note().text()));
                        }
                    }
                }
            }
            return List.copyOf(out);
        });
    }
}
