package org.medcoder.pricing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.medcoder.core.Finding;

/**
 * The GPCIs of one calendar year's localities, as loaded from a GPCI file, and whether that file is complete. CMS's
 * Addendum E lists every Medicare locality; a file with fewer rows than CMS published (or kept in a folder named
 * {@code incomplete}) is reported as incomplete, and a locality missing from it is never priced by guess.
 *
 * @param year       the calendar year of the GPCIs
 * @param source     the file name
 * @param localities the localities in file order
 * @param expected   how many localities CMS published for the year, 0 when not known
 * @param incomplete whether the file is known to be incomplete
 * @param findings   data problems found while reading
 */
public record GpciTable(int year, String source, List<Gpci> localities, int expected, boolean incomplete,
        List<Finding> findings) {

    /** Localities in CMS's Addendum E per year (CY2026: 109, RVU26C release). */
    static final Map<Integer, Integer> PUBLISHED_LOCALITIES = Map.of(2026, 109);

    public GpciTable {
        Objects.requireNonNull(source, "source");
        localities = List.copyOf(localities);
        findings = List.copyOf(findings);
    }

    /** The GPCIs of a locality, if the file has it. */
    public Optional<Gpci> find(LocalityId id) {
        for (Gpci g : localities) {
            if (g.locality().equals(id)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /** The localities with a MAC and locality number (two for 05102-00: Connecticut and Iowa). */
    public List<Gpci> byMacAndNumber(String mac, String number) {
        List<Gpci> out = new ArrayList<>();
        for (Gpci g : localities) {
            if (g.locality().mac().equals(mac) && g.locality().number().equals(number)) {
                out.add(g);
            }
        }
        return List.copyOf(out);
    }

    /** The localities of a state whose name contains the text (case-insensitive); an exact name wins alone. */
    public List<Gpci> byStateAndName(String state, String name) {
        String st = state.strip().toUpperCase(Locale.ROOT);
        String n = name.strip().toUpperCase(Locale.ROOT);
        Map<String, Gpci> partial = new LinkedHashMap<>();
        for (Gpci g : localities) {
            if (!g.locality().state().equals(st)) {
                continue;
            }
            if (g.name().toUpperCase(Locale.ROOT).equals(n)) {
                return List.of(g);
            }
            if (g.name().toUpperCase(Locale.ROOT).contains(n)) {
                partial.put(g.locality().toString(), g);
            }
        }
        return List.copyOf(partial.values());
    }

    /** The file and its completeness, for messages: "GPCI2026.csv (INCOMPLETE: 98 of the 109 ... localities)". */
    public String completeness() {
        if (incomplete) {
            return source + " (INCOMPLETE: " + localities.size() + " of the "
                    + (expected > 0 ? expected + " " : "") + "CY" + year + " Medicare localities)";
        }
        return source + " (" + localities.size() + " CY" + year + " localities)";
    }

    /** The locality or a clear error: a missing one is named as missing from this (possibly incomplete) file. */
    public Gpci require(LocalityId id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("locality " + id + " is not in "
                + completeness() + (incomplete ? "; it may be one of the missing ones. Not priced: no GPCIs are "
                + "guessed. Supply the complete CMS GPCI file." : "; check MAC, state and locality number.")));
    }

    /**
     * The locality named {@code MAC-LOCALITY} (e.g. {@code 02402-99}) or {@code MAC-STATE-LOCALITY}
     * ({@code 05102-IA-00}); {@code state} (may be empty) picks one when a MAC serves two states with the same number.
     */
    public Gpci resolve(String text, String state) {
        String[] p = text.strip().toUpperCase(Locale.ROOT).split("-");
        if (p.length == 3) {
            return require(LocalityId.of(p[0], p[1], p[2]));
        }
        if (p.length != 2) {
            throw new IllegalArgumentException("locality '" + text + "' is not MAC-LOCALITY (e.g. 02402-99) or "
                    + "MAC-STATE-LOCALITY (e.g. 05102-IA-00)");
        }
        if (!state.isBlank()) {
            return require(LocalityId.of(p[0], state, p[1]));
        }
        LocalityId.of(p[0], "XX", p[1]); // validates the shape of MAC and number
        List<Gpci> found = byMacAndNumber(p[0], p[1].length() == 1 ? "0" + p[1] : p[1]);
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("locality " + text + " is not in " + completeness()
                    + (incomplete ? "; it may be one of the missing ones. Not priced: no GPCIs are guessed." : ""));
        }
        throw new IllegalArgumentException("locality " + text + " is ambiguous: MAC " + p[0] + " serves "
                + found.stream().map(g -> g.locality().state() + " (" + g.name() + ")").toList()
                + " with locality " + p[1] + "; add --state or write MAC-STATE-LOCALITY");
    }

    /** The one locality of a state whose name matches, or a clear error (none, or several to choose from). */
    public Gpci resolveByName(String state, String name) {
        List<Gpci> found = byStateAndName(state, name);
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no locality named '" + name + "' in state " + state + " in "
                    + completeness() + (incomplete ? "; it may be one of the missing ones. Not priced: no GPCIs "
                    + "are guessed." : ""));
        }
        throw new IllegalArgumentException("locality name '" + name + "' matches " + found.size() + " localities: "
                + found.stream().map(g -> g.locality() + " " + g.name()).toList());
    }
}
