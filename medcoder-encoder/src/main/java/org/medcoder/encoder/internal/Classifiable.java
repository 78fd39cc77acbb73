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
        // The most specific code whose term covers the condition (Z85.828 "C44" before its header's "C40-C49").
        Optional<Pointer> found = all.stream().filter(p -> p.covers(condition))
                .max(java.util.Comparator.comparingInt(p -> p.code().value().length()));
        // A specific code the index path reached ("History, personal, malignant neoplasm, cervix" Z85.41) is not
        // traded for a residual one ("... of other organs and systems") on the strength of a condition the
        // statement's words code less precisely ("cervical" also names the neck, C76.0): the more specific code is
        // kept (I.B.2, highest specificity documented); the inclusion terms (I.A.11) choose only when the index path
        // left the site open. A sibling under the same header stays open to it (the
        // walk's child for words the statement shares with it: Z85.821 Merkel cell -> Z85.828 for basal cell).
        return found.isPresent() && residual(found.get().code()) && !residual(current)
                && !siblings(current, found.get().code()) ? Optional.empty() : found;
    }

    private static boolean siblings(IcdCmCode a, IcdCmCode b) {
        String x = a.value();
        String y = b.value();
        return x.length() == y.length() && x.regionMatches(0, y, 0, x.length() - 1);
    }

    /** Whether the code's title is a residual one ("other", "unspecified"). */
    private boolean residual(IcdCmCode code) {
        String t = release.entry(code).map(IcdCmEntry::longTitle).orElse("").toLowerCase(Locale.ROOT);
        return t.contains(" other ") || t.contains("unspecified");
    }

    /**
     * The most specific code of the categories {@code first} to {@code last} (e.g. Z80-Z84) whose "Conditions
     * classifiable to" inclusion term covers the condition (I.A.11).
     */
    Optional<Pointer> covering(String first, String last, IcdCmCode condition) {
        Optional<Pointer> best = Optional.empty();
        // Categories of one letter and tens digit (Z80-Z84): the cached pointers, never a scan of the tabular.
        for (char d = first.charAt(2); d <= last.charAt(2); d++) {
            for (Pointer p : pointers(IcdCmCode.parse(first.substring(0, 2) + d))) {
                if (p.covers(condition) && (best.isEmpty()
                        || p.code().value().length() > best.get().code().value().length())) {
                    best = Optional.of(p);
                }
            }
        }
        return best;
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
                    // "Conditions classifiable to C15-C26" and "... classifiable elsewhere in F01-F99" (Z81.8).
                    if (n.note().kind() == NoteKind.INCLUSION_TERM && n.isOwn(e.code().dotted())
                            && n.note().text().toLowerCase(Locale.ROOT).contains("classifiable ")) {
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
