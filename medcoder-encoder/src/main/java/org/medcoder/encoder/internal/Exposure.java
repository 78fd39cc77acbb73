package org.medcoder.encoder.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;

/**
 * Contact with or exposure to a communicable disease is not the disease (Guidelines I.C.21.c.1: category Z20 for
 * patients who have been exposed to a communicable disease but are without signs or symptoms). The index lists the
 * common diseases under "Exposure (to)" and "Contact (with)"; when the statement names one those entries lack
 * ("exposure to hepatitis C virus", "exposed to chickenpox") the usual reading codes the disease itself (B19.20),
 * its organism (B97.4) or the bare "Exposure (to)" T75.89. Then the disease is coded alone and the Z20 code is
 * chosen by that code: the Z20 code whose title names its disease (Z20.5 viral hepatitis B15-B19, Z20.820 varicella
 * B01), else the residual code of its kind (Z20.828 viral, Z20.818 bacterial, Z20.89 other).
 */
final class Exposure {

    private static final Pattern EXPOSED = Pattern.compile("\\b(?:(?:close|household|sick|sexual)\\s+)?"
            + "(?:exposure\\s+to|exposed\\s+to|contact\\s+with)\\s+(?:a\\s+|an\\s+|the\\s+)?");
    /** Where the exposure happened or who carried it: not part of the disease's name. */
    private static final Pattern WHERE = Pattern.compile("\\s+(?:at|in|from|through|via|by)\\s+(?:the\\s+|a\\s+|an\\s+|"
            + "his\\s+|her\\s+)?(?:home|work|school|daycare|day\\s+care|household|roommate|partner|sexual\\s+partner|"
            + "family\\s+member|classmate|coworker|child|sibling)\\b.*$");
    /**
     * Disease code prefix and the Z20 code whose title names that disease (Tabular List Z20.0-Z20.822), in order:
     * the first prefix the disease code starts with wins.
     */
    private static final String[][] NAMED = {{"A040", "Z2001"}, {"A041", "Z2001"}, {"A042", "Z2001"},
        {"A043", "Z2001"}, {"A044", "Z2001"}, {"A0", "Z2009"}, {"A15", "Z201"}, {"A16", "Z201"}, {"A17", "Z201"},
        {"A18", "Z201"}, {"A19", "Z201"}, {"A5", "Z202"}, {"A60", "Z202"}, {"A63", "Z202"}, {"A64", "Z202"},
        {"A82", "Z203"}, {"B06", "Z204"}, {"B15", "Z205"}, {"B16", "Z205"}, {"B17", "Z205"}, {"B18", "Z205"},
        {"B19", "Z205"}, {"B20", "Z206"}, {"B85", "Z207"}, {"B86", "Z207"}, {"B87", "Z207"}, {"B88", "Z207"},
        {"B89", "Z207"}, {"A22", "Z20810"}, {"A39", "Z20811"}, {"B01", "Z20820"}, {"A925", "Z20821"},
        {"U071", "Z20822"}};

    private final TabularWalker walker;
    private final Coding coding;
    private final Vocabulary vocabulary;

    Exposure(TabularWalker walker, Coding coding, Vocabulary vocabulary) {
        this.walker = walker;
        this.coding = coding;
        this.vocabulary = vocabulary;
    }

    /**
     * The statement's codes when it states an exposure (the Z20 code, or the usual reading when that is no disease),
     * else null; {@code plain} codes a statement without this rule.
     */
    EncodeResult encode(String statement, EncodeOptions options, Function<String, EncodeResult> plain) {
        String t = Lower.of(statement);
        if (!t.contains("expos") && !t.contains("contact") || t.indexOf(',') >= 0 || t.indexOf(';') >= 0) {
            return null;
        }
        Matcher m = EXPOSED.matcher(t);
        if (!m.find()) {
            return null;
        }
        EncodeResult asWritten = plain.apply(statement);
        if (asWritten.codes().isEmpty() || !disease(asWritten.codes().get(0))) {
            return asWritten; // the usual reading stands; the caller need not code the statement again
        }
        String disease = WHERE.matcher(t.substring(m.end())).replaceFirst("").strip();
        EncodeResult alone = disease.isEmpty() ? null : plain.apply(disease);
        EncodedCode known = alone == null || alone.codes().isEmpty() ? null : alone.codes().get(0);
        Optional<EncodedCode> z20 = Optional.empty();
        if (known == null && disease.endsWith("virus")) {
            // A virus the index lacks ("norovirus") read as the bare T75.89: other viral diseases, Z20.828.
            z20 = contact(asWritten.codes().get(0), "Z20828", disease, options);
        } else if (known != null && kind(known.code().value()) != null) {
            z20 = contact(known, target(known.code().value()), disease, options);
        }
        return z20.map(c -> new EncodeResult(statement, List.of(c), List.of(), List.of(), asWritten.release()))
                .orElse(asWritten);
    }

    /** The reading went wrong when it coded a disease, its organism or the bare "Exposure (to)" effect (T75.89). */
    private static boolean disease(EncodedCode c) {
        String v = c.code().value();
        return v.startsWith("T7589") || kind(v) != null;
    }

    /**
     * The residual Z20 code of a communicable disease's kind, or null when the code is no communicable disease:
     * chapter 1 (A00-B89, B99; viral A80-B34), the organisms B95-B97 (bacterial B95-B96, viral B97), COVID-19
     * (U07.1), streptococcal pharyngitis (J02.0) and influenza (J09-J11).
     */
    static String kind(String v) {
        char first = v.charAt(0);
        if (first == 'A') {
            return v.compareTo("A80") >= 0 ? "Z20828" : "Z20818";
        }
        if (first == 'B') {
            return v.compareTo("B35") < 0 || v.startsWith("B97") ? "Z20828"
                    : v.startsWith("B95") || v.startsWith("B96") ? "Z20818"
                    : v.compareTo("B90") < 0 || v.startsWith("B99") ? "Z2089" : null;
        }
        return v.equals("U071") || v.startsWith("J09") || v.startsWith("J10") || v.startsWith("J11") ? "Z20828"
                : v.equals("J020") ? "Z20818" : null;
    }

    /** The Z20 code whose title names the disease, else the residual code of its kind (I.C.21.c.1). */
    static String target(String v) {
        for (String[] n : NAMED) {
            if (v.startsWith(n[0])) {
                return n[1];
            }
        }
        return kind(v);
    }

    private Optional<EncodedCode> contact(EncodedCode disease, String z20, String words, EncodeOptions options) {
        Statement s = Statement.analyse("contact with and suspected exposure to " + words, vocabulary);
        return walker.complete(z20, s, options, -1L).map(r -> coding.coded(r,
                "Contact (with), see also Exposure (to): no subterm for the disease; the disease coded alone, "
                + disease.trail().indexPath() + " -> " + disease.code().dotted() + " " + disease.title()
                + ", is the exposure's, not the patient's: the Z20 code of that disease or of its kind",
                List.of("I.C.21.c.1")));
    }
}
