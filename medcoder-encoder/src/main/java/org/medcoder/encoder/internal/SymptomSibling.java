package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.codesets.AppliedNote;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.NoteKind;
import org.medcoder.core.IcdCmCode;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;

/**
 * A code "without" something whose "with" sibling's "use additional code" note lists what the statement states:
 * "BPH with nocturia" is N40.1 "... with lower urinary tract symptoms" and R35.1, never N40.0 "... without lower
 * urinary tract symptoms" (the note "code for associated symptoms, when specified: ... nocturia (R35.1) ..." says
 * nocturia is such a symptom). The Tabular List check moves to the sibling the statement supports (I.B.1) and the
 * note's code follows it (I.A.13, "use additional code").
 */
final class SymptomSibling {

    /** One item of a note: "nocturia (R35.1)", as its word stems and its code. */
    private record Item(List<String> stems, String code, String text) {
    }

    /** The "with" sibling of a "without" code and the items of its own "use additional code" notes. */
    private record Sibling(IcdCmEntry entry, List<Item> items) {
    }

    private static final Pattern ITEM = Pattern.compile("^(.*?)\\s*\\(([A-Z][0-9][0-9A-Z](?:\\.[0-9A-Z]{0,4})?-?)\\)\\s*$");
    /** Clause ends in a statement ("BPH without LUTS; nocturia due to ..."). */
    private static final Pattern CLAUSE = Pattern.compile("[;,.]");
    /** A cause named in a clause. */
    private static final Pattern CAUSE = Pattern.compile("\\b(?:due to|secondary to|caused by|because of|from)\\b");
    private static final List<String> SECTIONS = List.of("I.B.1", "I.A.13");

    private final IcdCmRelease release;
    private final TabularWalker walker;
    private final Coding coding;
    private final ConcurrentHashMap<String, Optional<Sibling>> siblings = new ConcurrentHashMap<>();

    SymptomSibling(IcdCmRelease release, TabularWalker walker, Coding coding) {
        this.release = release;
        this.walker = walker;
        this.coding = coding;
    }

    /** {@code r} with its first code moved to the "with" sibling, and the note's codes, when the statement says so. */
    EncodeResult apply(Statement s, EncodeResult r, EncodeOptions options) {
        if (r.codes().isEmpty() || !r.codes().get(0).title().contains(" without ")) {
            return r; // literal pre-check (hot path)
        }
        EncodedCode x = r.codes().get(0);
        Sibling y = NotePairing.cached(siblings, x.code().value(), k -> sibling(x.code(), x.title())).orElse(null);
        List<Item> stated = y == null || deniesSibling(x.title(), s) ? List.of()
                : y.items().stream().filter(i -> stated(i, s) && ownClause(i, x.title(), s)).toList();
        if (stated.isEmpty()) {
            return r;
        }
        List<EncodedCode> codes = new ArrayList<>();
        String at = y.entry().code().dotted();
        walker.complete(y.entry().code().value(), s, options, -1L).ifPresent(w -> codes.add(coding.coded(w,
                x.trail().indexPath() + " -> tabular check: " + x.code().dotted() + " says \"without\" what the"
                + " statement states; its sibling " + at + "'s note lists it", SECTIONS)));
        for (Item i : stated) {
            walker.complete(i.code(), s, options, -1L).ifPresent(w -> codes.add(coding.coded(w,
                    "use additional code note at " + at + ": " + i.text(), SECTIONS)));
        }
        if (codes.isEmpty()) {
            return r;
        }
        codes.addAll(r.codes().subList(1, r.codes().size()));
        return r.withCodes(coding.finish(codes));
    }

    /** Whether the statement states every word of the item ("nocturia", "urinary frequency"). */
    private static boolean stated(Item i, Statement s) {
        for (String w : i.stems()) {
            if (!s.has(w)) {
                return false;
            }
        }
        return !i.stems().isEmpty();
    }

    /**
     * Whether the statement itself says "without" (or "no") what the sibling has: "BPH without LUTS" states N40.0's
     * own words, so no symptom elsewhere in the statement moves it to N40.1 (I.B.1: the documentation decides).
     */
    private static boolean deniesSibling(String title, Statement s) {
        int at = title.indexOf(" without ");
        for (String w : Words.stems(title.substring(at).toLowerCase(Locale.ROOT))) {
            if (w.startsWith("~") && s.has(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the item is the condition's own: not in a clause that names another cause for it ("nocturia due to
     * congestive heart failure" is no symptom of the BPH, I.A.13 "associated symptoms"). A clause whose cause is the
     * condition itself ("nocturia due to BPH") counts, as does one with no cause.
     */
    private static boolean ownClause(Item i, String title, Statement s) {
        List<String> condition = Words.stems(title.substring(0, title.indexOf(" without ")).toLowerCase(Locale.ROOT));
        for (String clause : CLAUSE.split(s.expanded.toLowerCase(Locale.ROOT))) {
            List<String> words = Words.stems(clause);
            if (!words.containsAll(i.stems())) {
                continue;
            }
            Matcher m = CAUSE.matcher(clause);
            if (!m.find() || Words.stems(clause.substring(m.end())).stream().anyMatch(condition::contains)) {
                return true;
            }
        }
        return false;
    }

    /** The sibling titled as {@code title} with "with" for "without", and its note items; empty when none. */
    private Optional<Sibling> sibling(IcdCmCode code, String title) {
        if (code.value().length() <= 3) {
            return Optional.empty();
        }
        String with = title.replace(" without ", " with ");
        for (IcdCmEntry e : release.children(code.parent())) {
            if (e.longTitle().equals(with) && e.billable()) {
                List<Item> items = items(e.code());
                return items.isEmpty() ? Optional.empty() : Optional.of(new Sibling(e, items));
            }
        }
        return Optional.empty();
    }

    /** The items "words (CODE)" of the code's own "use additional code" notes. */
    private List<Item> items(IcdCmCode code) {
        List<Item> out = new ArrayList<>();
        for (AppliedNote n : release.notes(code)) {
            if (n.note().kind() != NoteKind.USE_ADDITIONAL_CODE || !n.isOwn(code.dotted())) {
                continue;
            }
            Matcher m = ITEM.matcher(n.note().text().strip());
            if (m.matches()) {
                List<String> stems = Words.stems(m.group(1).toLowerCase(Locale.ROOT)).stream()
                        .filter(w -> w.length() > 2).toList();
                out.add(new Item(stems, m.group(2), m.group(1)));
            }
        }
        return List.copyOf(out);
    }
}
