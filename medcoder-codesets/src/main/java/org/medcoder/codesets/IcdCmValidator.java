package org.medcoder.codesets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.medcoder.codesets.IcdCmValidation.Status;
import org.medcoder.core.IcdCmCode;

/**
 * Checks ICD-10-CM codes against the release in effect on the date of service and explains every failure:
 * header, missing or wrong 7th character, missing placeholder X, not yet valid or deleted (naming the release
 * that has the code), or unknown (with the nearest valid codes).
 */
public final class IcdCmValidator {

    private static final int MAX_SUGGESTIONS = 25;

    private IcdCmValidator() {
    }

    /**
     * The verdict on {@code input} for {@code dateOfService}.
     *
     * @throws IllegalArgumentException when the input is not shaped like an ICD-10-CM code or no release covers the date
     */
    public static IcdCmValidation validate(CodeSets sets, String input, LocalDate dateOfService) {
        IcdCmCode code = IcdCmCode.parse(input);
        IcdCmRelease r = sets.icd10cm(dateOfService);
        Optional<IcdCmEntry> e = r.entry(code);
        if (e.isPresent()) {
            return e.get().billable() ? result(input, code, Status.VALID, dateOfService, r, e.get().longTitle(),
                    code.dotted() + " is valid and billable in " + r.info().version(), List.of(), List.of(), "")
                    : header(input, code, e.get(), dateOfService, r);
        }
        for (IcdCmRelease other : sets.icd10cmReleases()) {
            Optional<IcdCmEntry> there = other.entry(code);
            if (other != r && there.isPresent()) {
                return dated(input, code, dateOfService, r, other, there.get());
            }
        }
        IcdCmValidation fixed = placeholder(input, code, dateOfService, r);
        if (fixed == null) {
            fixed = wrongSeventh(input, code, dateOfService, r);
        }
        return fixed != null ? fixed : unknown(input, code, dateOfService, r);
    }

    private static IcdCmValidation header(String input, IcdCmCode code, IcdCmEntry e, LocalDate dos, IcdCmRelease r) {
        List<IcdCmEntry> seventh = seventhCharacterCodes(r, code);
        if (!seventh.isEmpty()) {
            List<SeventhCharacter> allowed = allowed(r, code, seventh);
            return result(input, code, Status.MISSING_SEVENTH_CHARACTER, dos, r, e.longTitle(), code.dotted()
                    + " needs a 7th character (" + allowed.stream().map(s -> String.valueOf(s.character()))
                    .collect(Collectors.joining(", ")) + "), e.g. " + seventh.get(0).code().dotted(),
                    titles(seventh), allowed, "");
        }
        List<IcdCmEntry> billable = r.descendants(code).stream().filter(IcdCmEntry::billable).toList();
        return result(input, code, Status.HEADER, dos, r, e.longTitle(), code.dotted() + " is a header, not billable; use one of the "
                + billable.size() + " billable codes below it", titles(billable), List.of(), "");
    }

    /** The codes that are {@code code} with placeholders X and one 7th character added. */
    private static List<IcdCmEntry> seventhCharacterCodes(IcdCmRelease r, IcdCmCode code) {
        String c = code.value();
        if (c.length() >= 7 || r.seventhCharacterSource(code).isEmpty()) {
            return List.of();
        }
        String padded = c + "X".repeat(6 - c.length());
        return r.descendants(code).stream().filter(d -> d.code().value().length() == 7
                && d.code().value().startsWith(padded)).toList();
    }

    /** The 7th characters that exist for the code in this release, with the meanings of its definition. */
    private static List<SeventhCharacter> allowed(IcdCmRelease r, IcdCmCode code, List<IcdCmEntry> codes) {
        List<SeventhCharacter> defined = r.seventhCharacters(code);
        List<SeventhCharacter> out = new ArrayList<>();
        for (IcdCmEntry d : codes) {
            char ch = d.code().value().charAt(6);
            out.add(defined.stream().filter(s -> s.character() == ch).findFirst().orElse(new SeventhCharacter(ch, "")));
        }
        return out;
    }

    private static IcdCmValidation dated(String input, IcdCmCode code, LocalDate dos, IcdCmRelease r, IcdCmRelease other,
            IcdCmEntry there) {
        ReleaseInfo o = other.info();
        boolean later = o.period().start().isAfter(r.info().period().end());
        String msg = later
                ? code.dotted() + " is not yet valid on " + dos + ": it is a code of " + o.version() + " from " + o.period().start()
                : code.dotted() + " is not valid on " + dos + ": it was deleted after " + o.version() + " (valid to " + o.period().end() + ")";
        List<CodeTitle> nearest = forwarded(r, code);
        if (!later && !nearest.isEmpty()) {
            msg += "; the CDC conversion table maps it to " + nearest.stream().map(CodeTitle::code).collect(Collectors.joining(", "));
        }
        if (nearest.isEmpty()) {
            nearest = nearest(r, code);
        }
        return result(input, code, later ? Status.NOT_YET_VALID : Status.DELETED, dos, r, there.longTitle(), msg, nearest,
                List.of(), o.version());
    }

    /** T40.25A for T40.2X5A: the code with placeholder X inserted before its last character (I.A.4). */
    private static IcdCmValidation placeholder(String input, IcdCmCode code, LocalDate dos, IcdCmRelease r) {
        String c = code.value();
        if (c.length() < 4 || c.length() >= 7) {
            return null;
        }
        Set<String> candidates = new LinkedHashSet<>();
        insertX(c.substring(0, c.length() - 1), 7 - c.length(), 3, candidates);
        List<IcdCmEntry> found = new ArrayList<>();
        for (String body : candidates) {
            r.entry(new IcdCmCode(body + c.charAt(c.length() - 1))).ifPresent(found::add);
        }
        if (found.isEmpty()) {
            return null;
        }
        IcdCmEntry first = found.get(0);
        return result(input, code, Status.MISSING_PLACEHOLDER, dos, r, "", code.dotted() + " is missing the placeholder X: "
                + "use " + first.code().dotted() + (first.billable() ? "" : " (a header: add its 7th character)"), titles(found),
                List.of(), "");
    }

    private static void insertX(String body, int count, int from, Set<String> out) {
        if (count == 0) {
            out.add(body);
            return;
        }
        for (int i = Math.max(from, 3); i <= body.length(); i++) {
            insertX(body.substring(0, i) + "X" + body.substring(i), count - 1, i + 1, out);
        }
    }

    /** S72.321Z: a 7th character the category does not allow. */
    private static IcdCmValidation wrongSeventh(String input, IcdCmCode code, LocalDate dos, IcdCmRelease r) {
        String c = code.value();
        if (c.length() != 7) {
            return null;
        }
        IcdCmCode base = new IcdCmCode(c.substring(0, 6).replaceAll("X+$", ""));
        List<IcdCmEntry> codes = r.entry(base).isPresent() ? seventhCharacterCodes(r, base) : List.of();
        if (codes.isEmpty()) {
            return null;
        }
        List<SeventhCharacter> allowed = allowed(r, base, codes);
        return result(input, code, Status.INVALID_SEVENTH_CHARACTER, dos, r, "", "7th character " + c.charAt(6) + " is not allowed for "
                + base.dotted() + "; allowed: " + allowed.stream().map(s -> String.valueOf(s.character()))
                .collect(Collectors.joining(", ")), titles(codes), allowed, "");
    }

    private static IcdCmValidation unknown(String input, IcdCmCode code, LocalDate dos, IcdCmRelease r) {
        List<CodeTitle> nearest = nearest(r, code);
        return result(input, code, Status.UNKNOWN, dos, r, "", code.dotted() + " is not an ICD-10-CM code in any loaded release"
                + (nearest.isEmpty() ? "" : "; nearest valid codes: " + nearest.stream().limit(5).map(CodeTitle::code)
                .collect(Collectors.joining(", "))), nearest, List.of(), "");
    }

    /** The codes of the release that the conversion table says replaced {@code code}. */
    private static List<CodeTitle> forwarded(IcdCmRelease r, IcdCmCode code) {
        List<CodeTitle> out = new ArrayList<>();
        for (IcdCmCode c : r.replacedBy(code)) {
            r.entry(c).ifPresent(e -> out.add(CodeTitle.of(e)));
        }
        return out;
    }

    /** The billable codes under the longest prefix of {@code code} the release has, else the codes sorting nearest. */
    static List<CodeTitle> nearest(IcdCmRelease r, IcdCmCode code) {
        String c = code.value();
        for (int len = c.length() - 1; len >= 3; len--) {
            IcdCmCode p = new IcdCmCode(c.substring(0, len));
            Optional<IcdCmEntry> e = r.entry(p);
            if (e.isPresent()) {
                List<IcdCmEntry> list = e.get().billable() ? List.of(e.get())
                        : r.descendants(p).stream().filter(IcdCmEntry::billable).limit(5).toList();
                return titles(list);
            }
        }
        List<IcdCmEntry> all = r.entries().stream().filter(IcdCmEntry::billable)
                .sorted(Comparator.comparing(x -> x.code().value())).toList();
        int at = 0;
        while (at < all.size() && all.get(at).code().value().compareTo(c) < 0) {
            at++;
        }
        return titles(all.subList(Math.max(0, at - 2), Math.min(all.size(), at + 3)));
    }

    private static List<CodeTitle> titles(List<IcdCmEntry> entries) {
        return entries.stream().limit(MAX_SUGGESTIONS).map(CodeTitle::of).toList();
    }

    private static IcdCmValidation result(String input, IcdCmCode code, Status status, LocalDate dos, IcdCmRelease r,
            String title, String message, List<CodeTitle> suggestions, List<SeventhCharacter> seventh, String other) {
        return new IcdCmValidation(input, code.dotted(), status, dos, r.info().version(), title, message, suggestions, seventh, other);
    }
}
