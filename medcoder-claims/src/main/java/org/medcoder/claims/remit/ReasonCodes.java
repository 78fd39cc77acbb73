package org.medcoder.claims.remit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Meanings of claim adjustment group codes, claim adjustment reason codes (CARC) and remittance advice remark
 * codes (RARC). Three sources, the first that knows a code wins: an official list the user gives
 * ({@link #withOfficialList}), the short meanings medcoder ships ({@code remit/reason-codes.tsv}, our own
 * words), and the CARC descriptions of CMS Blue Button's {@code CodeSystem-ANSI-RSN-CD.fsh} read at run time
 * ({@link #withBlueButtonCarc}).
 */
public final class ReasonCodes {

    /** RARCs start with M, MA or N; CARCs never do (X12 code list conventions). */
    private static final Pattern RARC_SHAPE = Pattern.compile("(M|MA|N)[0-9]+");
    private static final Pattern FSH_CODE = Pattern.compile("^\\*\\s+#(\\S+)\\s+\"(.*)\"\\s*$");

    private final Map<String, String> official;
    private final Map<String, String> shipped;
    private final Map<String, String> blueButton;

    private ReasonCodes(Map<String, String> official, Map<String, String> shipped, Map<String, String> blueButton) {
        this.official = Map.copyOf(official);
        this.shipped = Map.copyOf(shipped);
        this.blueButton = Map.copyOf(blueButton);
    }

    /** The meanings medcoder ships. */
    public static ReasonCodes builtIn() {
        Map<String, String> shipped = new HashMap<>();
        try (InputStream in = ReasonCodes.class.getResourceAsStream("/remit/reason-codes.tsv")) {
            if (in == null) {
                throw new IllegalStateException("remit/reason-codes.tsv missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t");
                if (!line.startsWith("#") && f.length == 3) {
                    shipped.put(f[0] + ":" + f[1], f[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReasonCodes(Map.of(), shipped, Map.of());
    }

    /**
     * These meanings with an official CARC/RARC list added in front: a text file of lines {@code CODE<sep>MEANING}
     * (tab, comma or {@code |}; an optional first column {@code CARC}/{@code RARC}; a header line and quotes are
     * fine). Codes are told apart by shape when the kind is not given.
     */
    public ReasonCodes withOfficialList(Path file) {
        Map<String, String> added = new HashMap<>(official);
        for (String line : lines(file)) {
            String[] f = split(line);
            if (f.length >= 2) {
                boolean kindGiven = f.length >= 3 && ("CARC".equalsIgnoreCase(f[0]) || "RARC".equalsIgnoreCase(f[0]));
                String code = kindGiven ? f[1] : f[0];
                String meaning = kindGiven ? f[2] : f[1];
                String kind = kindGiven ? f[0].toUpperCase(java.util.Locale.ROOT) : kindOf(code);
                if (!code.isEmpty() && !meaning.isEmpty() && code.matches("[A-Z0-9]{1,5}")) {
                    added.put(kind + ":" + code, meaning);
                }
            }
        }
        if (added.size() == official.size()) {
            throw new IllegalArgumentException("no reason codes found in " + file + " (expected lines CODE<TAB>MEANING)");
        }
        return new ReasonCodes(added, shipped, blueButton);
    }

    /** These meanings with the CARC descriptions of a Blue Button {@code CodeSystem-ANSI-RSN-CD.fsh} added behind. */
    public ReasonCodes withBlueButtonCarc(Path fsh) {
        Map<String, String> added = new HashMap<>(blueButton);
        for (String line : lines(fsh)) {
            Matcher m = FSH_CODE.matcher(line.strip());
            if (m.matches()) {
                added.put("CARC:" + m.group(1), m.group(2));
            }
        }
        return new ReasonCodes(official, shipped, added);
    }

    /** The meaning of a claim adjustment group code (CO, OA, PI, PR, CR). */
    public Optional<String> group(String code) {
        return find("GROUP:" + code);
    }

    /** The meaning of a claim adjustment reason code. */
    public Optional<String> carc(String code) {
        return find("CARC:" + code);
    }

    /** The meaning of a remittance advice remark code. */
    public Optional<String> rarc(String code) {
        return find("RARC:" + code);
    }

    /** The meaning of a claim status code (CLP02). */
    public Optional<String> claimStatus(String code) {
        return find("STATUS:" + code);
    }

    /** The meaning of a provider-level adjustment reason code (PLB03-1). */
    public Optional<String> providerAdjustment(String code) {
        return find("PLB:" + code);
    }

    /** The number of codes known from all sources (a code in several sources counts once per source). */
    public int size() {
        return official.size() + shipped.size() + blueButton.size();
    }

    private Optional<String> find(String key) {
        String v = official.get(key);
        if (v == null) {
            v = shipped.get(key);
        }
        if (v == null) {
            v = blueButton.get(key);
        }
        return Optional.ofNullable(v);
    }

    private static String kindOf(String code) {
        return RARC_SHAPE.matcher(code).matches() ? "RARC" : "CARC";
    }

    private static String[] split(String line) {
        String sep = line.contains("\t") ? "\t" : line.contains("|") ? "\\|" : ",";
        String[] f = line.split(sep, sep.equals(",") ? 2 : -1);
        if (f.length == 2 && sep.equals(",") && f[1].contains(",") && (f[0].equalsIgnoreCase("CARC") || f[0].equalsIgnoreCase("RARC"))) {
            f = line.split(",", 3);
        }
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].strip();
            if (f[i].length() >= 2 && f[i].startsWith("\"") && f[i].endsWith("\"")) {
                f[i] = f[i].substring(1, f[i].length() - 1).replace("\"\"", "\"");
            }
        }
        return f;
    }

    private static java.util.List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            try {
                return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
            } catch (IOException again) {
                throw new UncheckedIOException(again);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException("no such file: " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
