package org.medcoder.encoder.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.core.IcdCmCode;

/**
 * A bilateral condition where the classification has no bilateral code: Guideline I.B.13 ("If no bilateral code is
 * provided and the condition is bilateral, assign separate codes for both the left and right side"). The Tabular
 * walk takes the right-side child ({@link #rightChild}) and the encoder adds the left-side code ({@link #left}),
 * e.g. "bilateral hallux valgus" M20.11 and M20.12. Where a bilateral child exists (H40.1131, H10.13, I82.533) the
 * walk takes it by its title and nothing is split.
 */
final class BothSides {

    /** The trail step of a split. */
    static final String STEP = "bilateral, and the classification has no bilateral code here: one code for each"
            + " side (I.B.13)";

    private static final String BILATERAL = Words.stem("bilateral");
    private static final String RIGHT = Words.stem("right");
    private static final String LEFT = Words.stem("left");

    private final IcdCmRelease release;
    private final TabularLevels levels;
    private final ConcurrentHashMap<String, Optional<IcdCmCode>> lefts = new ConcurrentHashMap<>();

    BothSides(IcdCmRelease release, TabularLevels levels) {
        this.release = release;
        this.levels = levels;
    }

    /** Whether the statement says the condition is bilateral ("bilateral", "both feet" via {@link Shorthand}). */
    static boolean bilateral(Statement s) {
        return s.has(BILATERAL);
    }

    /**
     * The index of the right-side child when the statement is bilateral and the children name a right and a left
     * side but none says "bilateral"; -1 otherwise.
     */
    static int rightChild(List<IcdCmEntry> kids, Statement s) {
        if (!bilateral(s)) {
            return -1;
        }
        int right = -1;
        boolean left = false;
        for (int i = 0; i < kids.size(); i++) {
            String t = kids.get(i).longTitle().toLowerCase(Locale.ROOT);
            if (t.contains("bilateral")) {
                return -1;
            }
            right = right < 0 && side(t, "right") ? i : right;
            left |= side(t, "left");
        }
        return left ? right : -1;
    }

    /**
     * The left-side code of a right-side code chosen for a bilateral statement: the code of the same category
     * whose title is the right one's with "left" for "right" (a 7th character is kept). Empty when there is none.
     */
    Optional<IcdCmCode> left(IcdCmCode right) {
        return NotePairing.cached(lefts, right.value(), k -> find(right));
    }

    /**
     * The code of the same category whose title names the side the statement states ("left") where the code's
     * title says "unspecified" ("Varicose veins of unspecified lower extremity with ulcer of calf" I83.002 ->
     * I83.022 "... of left lower extremity ..."); for a bilateral statement the bilateral code, else the right side's
     * (the left one follows, I.B.13); null when the statement states no side or there is none.
     */
    IcdCmCode stated(IcdCmEntry code, Statement s) {
        boolean right = s.has(RIGHT);
        boolean both = bilateral(s);
        if (right == s.has(LEFT) && !both) {
            return null;
        }
        String title = code.longTitle().toLowerCase(Locale.ROOT);
        if (!side(title, "unspecified")) {
            return null;
        }
        List<IcdCmEntry> all = new java.util.ArrayList<>();
        levels.collect(code.code().category(), all);
        // The billable codes' titles, lower-cased once per call rather than once per "unspecified" tried.
        List<IcdCmEntry> billable = new java.util.ArrayList<>();
        List<String> titles = new java.util.ArrayList<>();
        for (IcdCmEntry e : all) {
            if (e.billable()) {
                billable.add(e);
                titles.add(e.longTitle().toLowerCase(Locale.ROOT));
            }
        }
        // Bilateral: the bilateral code when there is one, else the right side, the left added after it (I.B.13).
        for (String side : both ? new String[] {"bilateral", "right"} : new String[] {right ? "right" : "left"}) {
            for (int at = title.indexOf("unspecified"); at >= 0; at = title.indexOf("unspecified", at + 1)) {
                int i = titles.indexOf(title.substring(0, at) + side + title.substring(at + "unspecified".length()));
                if (i >= 0) {
                    return billable.get(i).code();
                }
            }
        }
        return null;
    }

    private Optional<IcdCmCode> find(IcdCmCode right) {
        boolean seventh = right.value().length() == 7 && !levels.seventhCharacters(right).isEmpty();
        // A placeholder X before the 7th character (S80.01XA) is not part of the code's own entry (I.A.4).
        String own6 = right.value();
        if (seventh) {
            int end = 6;
            while (own6.charAt(end - 1) == 'X') {
                end--;
            }
            own6 = own6.substring(0, end);
        }
        IcdCmCode base = IcdCmCode.parse(own6);
        Optional<IcdCmEntry> own = release.entry(base);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        String wanted = swap(own.get().longTitle().toLowerCase(Locale.ROOT));
        if (wanted == null) {
            return Optional.empty();
        }
        List<IcdCmEntry> all = new java.util.ArrayList<>();
        levels.collect(base.category(), all);
        for (IcdCmEntry e : all) {
            if (e.longTitle().toLowerCase(Locale.ROOT).equals(wanted)) {
                IcdCmCode l = seventh ? IcdCmCode.parse(placeholders(e.code().value()) + right.value().charAt(6))
                        : e.code();
                return release.entry(l).filter(IcdCmEntry::billable).map(IcdCmEntry::code);
            }
        }
        return Optional.empty();
    }

    /** The code padded with the placeholder X to six characters, ready for its 7th character (I.A.4). */
    private static String placeholders(String code) {
        StringBuilder sb = new StringBuilder(code);
        while (sb.length() < 6) {
            sb.append('X');
        }
        return sb.toString();
    }

    /** The title with its one "right" as "left"; null when it does not name exactly one right side. */
    private static String swap(String title) {
        int at = title.indexOf("right");
        if (at < 0 || title.indexOf("right", at + 1) >= 0 || side(title, "left") || !side(title, "right")) {
            return null;
        }
        return title.substring(0, at) + "left" + title.substring(at + 5);
    }

    private static boolean side(String title, String word) {
        for (int at = title.indexOf(word); at >= 0; at = title.indexOf(word, at + 1)) {
            boolean start = at == 0 || !Character.isLetter(title.charAt(at - 1));
            int end = at + word.length();
            if (start && (end == title.length() || !Character.isLetter(title.charAt(end)))) {
                return true;
            }
        }
        return false;
    }
}
