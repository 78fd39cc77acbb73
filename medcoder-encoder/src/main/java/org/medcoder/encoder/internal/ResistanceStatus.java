package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;

/**
 * An infection's resistance to antimicrobial drugs, stated with it: "UTI due to ESBL-producing E. coli" is N39.0
 * B96.20 Z16.12; "pneumonia due to carbapenem-resistant Klebsiella" J15.0 Z16.13. The Z16 code follows the infection
 * (Guideline I.C.1.c; Z16 "code first the infection") and is found in the Alphabetic Index under "Resistance,
 * resistant, organism(s), to, drug, ...". The drug is the word written before "resistant" or after "resistant to";
 * "ESBL" is the index's "extended (spectrum) beta lactamase". Methicillin resistance is not coded here: MRSA has its
 * own combination codes, which Z16 excludes. Runs only when the statement contains "resist" or "esbl".
 */
final class ResistanceStatus {

    private static final Pattern BEFORE = Pattern.compile("\\b([a-z]+(?: related)?)[- ]resistant\\b");
    private static final Pattern AFTER = Pattern.compile("\\bresist(?:ant|ance) to ([a-z][a-z -]*?)(?=[,;.]|$)");
    private static final Pattern ESBL = Pattern.compile("\\besbl\\b|extended[- ]spectrum beta[- ]lactamase");
    private static final Pattern TUBERCULOSIS = Pattern.compile("\\b(?:tubercul\\w*|tb|mdr-?tb|mycobacter\\w*)\\b");
    /** Antifungal and antiviral drugs named by their class or a common member (the index rows are by class). */
    private static final Pattern ANTIFUNGAL = Pattern.compile("\\b(?:azoles?|fluconazole|voriconazole|itraconazole|"
            + "posaconazole|echinocandins?|caspofungin|micafungin|amphotericin\\w*)\\b");
    private static final Pattern ANTIVIRAL = Pattern.compile(
            "\\b(?:antiretroviral\\w*|oseltamivir|acyclovir|ganciclovir|valganciclovir|hiv drugs?)\\b");
    private static final List<String> SECTIONS = List.of("I.C.1.c");

    private final Engine engine;
    private final Coding coding;

    ResistanceStatus(Engine engine, Coding coding) {
        this.engine = engine;
        this.coding = coding;
    }

    /** {@code r} with the stated resistance's Z16 code after the infection's codes. */
    EncodeResult apply(Statement s, EncodeResult r, EncodeOptions options) {
        String t = Lower.of(s.expanded);
        if (r.codes().isEmpty() || (!t.contains("resist") && !t.contains("esbl"))) {
            return r; // literal pre-check (hot path)
        }
        // A code that says the resistance itself (Z16, carrier of a resistant organism Z22.3-, MRSA A49.02)
        // leaves nothing to add; without an infection's code there is nothing for Z16 to follow.
        if (r.codes().stream().anyMatch(c -> c.title().toLowerCase(Locale.ROOT).contains("resist"))
                || r.codes().stream().allMatch(c -> c.code().value().startsWith("Z"))) {
            return r;
        }
        String drug = drug(t);
        if (drug == null) {
            return r;
        }
        EncodeResult z = engine.encodePlain("organism resistance to drug " + drug, options);
        EncodedCode found = z.codes().isEmpty() ? null : z.codes().get(0);
        if (found == null || !found.code().value().startsWith("Z16") || unspecified(found, drug)) {
            return r;
        }
        List<EncodedCode> out = new ArrayList<>(r.codes());
        out.add(afterInfection(out), found.withStep("resistance stated with the infection (\"" + drug
                + "\"): the Z16 code follows the infection (Z16 code first note)", SECTIONS));
        return r.withCodes(coding.finish(out));
    }

    /** The drug words of the statement, or null when it names none (or only methicillin: MRSA codes say it). */
    private static String drug(String t) {
        if (ESBL.matcher(t).find()) {
            return "extended spectrum beta lactamase";
        }
        Matcher a = AFTER.matcher(t);
        String d = a.find() ? a.group(1).strip() : null;
        if (d == null) {
            Matcher m = BEFORE.matcher(t);
            d = m.find() ? m.group(1) : null;
        }
        boolean multi = d != null && (d.equals("multi") || d.equals("multidrug") || d.startsWith("multiple"));
        if (multi && TUBERCULOSIS.matcher(t).find()) {
            // Z16.342 "Resistance to multiple antimycobacterial drugs" includes MDR tuberculosis
            return "multiple antimycobacterial";
        }
        if (d != null && (d.equals("multi") || d.equals("multidrug"))) {
            return null; // "multidrug-resistant <organism>" is left to the index path
        }
        if (d != null && ANTIFUNGAL.matcher(d).find()) {
            return "antifungal"; // Resistance, organism, to, drug, antifungal Z16.32
        }
        if (d != null && ANTIVIRAL.matcher(d).find()) {
            return "antiviral"; // Resistance, organism, to, drug, antiviral Z16.33
        }
        return d == null || d.startsWith("methicillin") ? null : d;
    }

    /** A residual "unspecified" code the index gave for words that name no antimicrobial. */
    private static boolean unspecified(EncodedCode c, String drug) {
        String v = c.code().value();
        return (v.equals("Z1630") && !drug.contains("antimicrob"))
                || (v.equals("Z1620") && !drug.contains("antibiotic"))
                || (v.equals("Z1610") && !drug.contains("lactam"));
    }

    /** The position after the last code that is not a status (Z) code: Z16 follows the infection and organism. */
    private static int afterInfection(List<EncodedCode> codes) {
        int at = 0;
        for (int i = 0; i < codes.size(); i++) {
            if (!codes.get(i).code().value().startsWith("Z")) {
                at = i + 1;
            }
        }
        return at;
    }
}
