package org.medcoder.encoder.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A condition written with its organism first ("E. coli UTI", "H. pylori gastritis", "MRSA cellulitis of left
 * leg") read as the index reads it, the condition with the organism after "due to" (I.A.15): the condition is the
 * main term and the organism a subterm or, for a disease classified elsewhere, its B95-B97 code (I.C.1).
 */
final class OrganismFirst {

    /** Organisms (as {@link Abbreviations} writes them) that open a statement, each with a B95-B97 code. */
    private static final Pattern ORGANISM_FIRST = Pattern.compile("^(escherichia coli|helicobacter pylori"
            + "|methicillin (?:resistant|susceptible) staphylococcus aureus|klebsiella(?: pneumoniae)?"
            + "|pseudomonas(?: aeruginosa)?|proteus(?: mirabilis)?|enterococcal|enterococcus"
            + "|staphylococcus aureus|staph aureus)\\s+(?!infection\\b|colonization\\b|carrier\\b|screening\\b"
            + "|exposure\\b|contact\\b|positive\\b|as\\b|and\\b|with\\b|in\\b|on\\b|syndrome\\b)([a-z][^,;]*)(.*)$");

    private OrganismFirst() {
    }

    /** The statement with an opening organism moved after its condition; unchanged otherwise. */
    static String rewrite(String expanded) {
        char c = expanded.isEmpty() ? ' ' : expanded.charAt(0);
        // Literal check first (hot path): every organism above starts with one of these letters.
        if ("ehmkpse".indexOf(c) < 0) {
            return expanded;
        }
        Matcher m = ORGANISM_FIRST.matcher(expanded);
        if (!m.matches() || m.group(2).contains(" due to ")) {
            return expanded;
        }
        return m.group(2).strip() + " due to " + m.group(1) + m.group(3);
    }
}
