package org.medcoder.encoder.internal;

import java.util.ArrayList;
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
 * ("exposure to hepatitis C virus", "exposed to chickenpox") the usual reading codes the disease itself (B19.20) or
 * the bare "Exposure (to)" T75.89. Then the disease is coded alone and the Z20 code is chosen in the Tabular List
 * by the disease's words and title (Z20.5 "... viral hepatitis", Z20.820 "... varicella"; I.B.1).
 */
final class Exposure {

    private static final Pattern EXPOSED = Pattern.compile("\\b(?:(?:close|household|sick|sexual)\\s+)?"
            + "(?:exposure\\s+to|exposed\\s+to|contact\\s+with)\\s+(?:a\\s+|an\\s+|the\\s+)?");
    /** Where the exposure happened or who carried it: not part of the disease's name. */
    private static final Pattern WHERE = Pattern.compile("\\s+(?:at|in|from|through|via|by)\\s+(?:the\\s+|a\\s+|an\\s+|"
            + "his\\s+|her\\s+)?(?:home|work|school|daycare|day\\s+care|household|roommate|partner|sexual\\s+partner|"
            + "family\\s+member|classmate|coworker|child|sibling)\\b.*$");
    private static final ThreadLocal<Boolean> INSIDE = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private final TabularWalker walker;
    private final Coding coding;
    private final Vocabulary vocabulary;

    Exposure(TabularWalker walker, Coding coding, Vocabulary vocabulary) {
        this.walker = walker;
        this.coding = coding;
        this.vocabulary = vocabulary;
    }

    /** The Z20 code of an exposure statement the usual reading codes as the disease, else null. */
    EncodeResult encode(String statement, EncodeOptions options, Function<String, EncodeResult> encoder) {
        String t = Lower.of(statement);
        if (INSIDE.get() || !t.contains("expos") && !t.contains("contact") || t.indexOf(',') >= 0
                || t.indexOf(';') >= 0) {
            return null;
        }
        Matcher m = EXPOSED.matcher(t);
        if (!m.find()) {
            return null;
        }
        INSIDE.set(Boolean.TRUE);
        try {
            EncodeResult asWritten = encoder.apply(statement);
            if (asWritten.codes().isEmpty() || !disease(asWritten.codes().get(0))) {
                return null;
            }
            String disease = WHERE.matcher(t.substring(m.end())).replaceFirst("").strip();
            EncodeResult alone = disease.isEmpty() ? null : encoder.apply(disease);
            if (alone == null || alone.codes().isEmpty() || !communicable(alone.codes().get(0))) {
                return null;
            }
            return contact(statement, alone.codes().get(0), disease, options)
                    .map(c -> new EncodeResult(statement, List.of(c), List.of(), List.of(), asWritten.release()))
                    .orElse(null);
        } finally {
            INSIDE.set(Boolean.FALSE);
        }
    }

    /** The reading went wrong when it coded a disease or the bare "Exposure (to)" effect (T75.89). */
    private static boolean disease(EncodedCode c) {
        String v = c.code().value();
        return v.startsWith("T7589") || communicable(c);
    }

    /** A communicable disease: chapter 1 (A00-B99) or COVID-19 (U07.1). */
    private static boolean communicable(EncodedCode c) {
        char first = c.code().value().charAt(0);
        return first == 'A' || first == 'B' || c.code().value().equals("U071");
    }

    private Optional<EncodedCode> contact(String statement, EncodedCode disease, String words, EncodeOptions options) {
        Statement s = Statement.analyse("contact with and suspected exposure to " + words + " "
                + disease.title(), vocabulary);
        return walker.complete("Z20", s, options, -1L).filter(r -> !r.code().value().equals("Z209")).map(r -> {
            List<String> g = new ArrayList<>(List.of("I.C.21.c.1"));
            return coding.coded(r, "Contact (with), see also Exposure (to): no subterm for the disease; the disease "
                    + "coded alone, " + disease.trail().indexPath() + " -> " + disease.code().dotted() + " "
                    + disease.title() + ", is the exposure's, not the patient's: Z20 by its title", g);
        });
    }
}
