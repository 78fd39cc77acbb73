package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.core.IcdCmCode;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;
import org.medcoder.encoder.OpenQuestion;

/**
 * A family history is the relative's condition, not the patient's (Guidelines I.C.21.c.4: family history codes
 * Z80-Z84 when a family member has had a disease that puts the patient at risk). A coder looks the statement up
 * under "History, family (of)"; when that entry has no subterm for the condition ("family history of alcoholism",
 * of a "stroke" already read as "cerebral infarction"), the condition is coded on its own and the family history
 * code whose inclusion term "Conditions classifiable to ..." covers it is taken (I.A.11: Z81.1 covers F10.-,
 * Z82.3 covers I60-I64); a condition no such term covers is "History, family, specified condition NEC" (Z84.89).
 * A clause about a relative ("father had MI at 48") describes that relative, so it is not coded for the patient.
 */
final class FamilyHistory {

    /** The leading look-ahead: every match starts with "f" (hot path: no word-boundary check elsewhere). */
    private static final Pattern FAMILY = Pattern.compile("(?=f)\\b(?:family\\s+(?:medical\\s+)?(?:history|hx|h/o)|fhx|"
            + "fh/o|fh\\s+of|fam\\s+(?:hx|history))\\b(?:\\s+of)?\\s*:?\\s*");
    private static final String MEMBERS = "(?:father|mother|dad|mom|brother|sister|sibling|parent|grandfather|"
            + "grandmother|grandparent|aunt|uncle|cousin|son|daughter|twin)s?";
    private static final String RELATIVES = "(?:" + MEMBERS + "|relatives?)";
    /**
     * A clause whose subject is a relative: it starts with one ("mother with breast cancer", "paternal aunt ...";
     * "relative" alone only with maternal/paternal, as it is also the adjective of "relative hypotension"), or a
     * relative is followed by a verb or "with" ("... her brother had MI at 48"). A relative named elsewhere ("chest
     * pain after arguing with son") leaves the clause the patient's.
     */
    private static final Pattern SUBJECT = Pattern.compile("^\\s*(?:and\\s+|also\\s+|both\\s+)?"
            + "(?:his\\s+|her\\s+|the\\s+)?(?:(?:maternal|paternal)\\s+" + RELATIVES + "|" + MEMBERS + ")\\b"
            + "|\\b" + RELATIVES + "\\s+(?:has|had|have|with|died|passed|was|were|is|diagnosed)\\b");
    /** The relative named inside the family history clause ("... in mother", "(father)", "mother with ..."). */
    private static final Pattern RELATIVE_IN = Pattern.compile("\\s*\\(?\\b(?:in|of|on)\\s+"
            + "(?:his\\s+|her\\s+|the\\s+|a\\s+|both\\s+)?(?:maternal\\s+|paternal\\s+)?" + RELATIVES
            + "(?:\\s+and\\s+(?:maternal\\s+|paternal\\s+)?" + RELATIVES + ")?\\)?"
            + "|\\s*\\((?:maternal\\s+|paternal\\s+)?" + RELATIVES + "\\)");

    /** A clause a relative starts, then what the relative has: "mother with breast cancer", "father had MI". */
    private static final Pattern RELATIVE_HAS = Pattern.compile("^\\s*(?:and\\s+|also\\s+)?(?:his\\s+|her\\s+|the\\s+)?"
            + "(?:(?:maternal|paternal)\\s+" + RELATIVES + "|" + MEMBERS + ")\\s+(?:has|had|have|with|is|was)\\s+"
            + "(?:(?:been\\s+)?diagnosed\\s+with\\s+)?(?:a\\s+|an\\s+)?(?=[a-z])");
    /** A condition said to be in a relative: "breast cancer in mother". */
    private static final Pattern IN_RELATIVE = Pattern.compile("\\s+in\\s+(?:his\\s+|her\\s+|the\\s+)?"
            + "(?:maternal\\s+|paternal\\s+)?" + RELATIVES + "\\s*$");
    /** After each clause's comma or semicolon; each clause; "and"/"with" ending a clause (compiled once, hot path). */
    private static final Pattern AFTER_SEPARATOR = Pattern.compile("(?<=[,;])");
    private static final Pattern SEPARATOR = Pattern.compile("[,;]");
    private static final Pattern TRAILING_LINK = Pattern.compile("\\b(?:and|with)\\s*$");
    /**
     * A denied family history, to the end of its clause: "no (known) family history of colon cancer", "denies family
     * history of ...", "family history negative for ..." (the family member has had no such disease: nothing to code,
     * I.C.21.c.4; a documented absence is not coded, IV.H).
     */
    private static final Pattern DENIED = Pattern.compile("\\b(?:(?:no|denies|denied|negative|without|not)\\s+"
            + "(?:(?:known|significant|pertinent|any|a)\\s+)?(?:family\\s+(?:medical\\s+)?(?:history|hx|h/o)|fhx|fh)"
            + "|(?:family\\s+(?:medical\\s+)?(?:history|hx)|fhx|fh)\\s*:?\\s*(?:is\\s+)?(?:negative|none|noncontributory))"
            + "\\b[^,;]*?(?=\\s+but\\b|[,;]|$)");
    /** Literal pre-check for {@link #relativesAsFamilyHistory} (hot path). */
    private static final String[] RELATIVE_WORDS = {"mother", "father", "brother", "sister", "son", "daughter", "aunt",
        "uncle", "cousin", "parent", "mom", "dad", "twin", "sibling", "relative"};

    /** The family history clause, the patient's own clauses, and whether a relative's clause was dropped. */
    private record Parts(String family, List<String> rest, boolean dropped) {
    }

    private final IcdCmRelease release;
    private final TabularWalker walker;
    private final Coding coding;
    private final Classifiable classifiable;
    private final Vocabulary vocabulary;

    FamilyHistory(IcdCmRelease release, TabularWalker walker, Coding coding, Classifiable classifiable,
            Vocabulary vocabulary) {
        this.release = release;
        this.walker = walker;
        this.coding = coding;
        this.classifiable = classifiable;
        this.vocabulary = vocabulary;
    }

    /** Whether the clause's subject is a relative ("brother had a heart attack at 52"): not the patient's. */
    static boolean aboutRelative(String clause) {
        return SUBJECT.matcher(Lower.of(clause)).find();
    }

    /**
     * The statement with each comma- or semicolon-separated clause about a relative's condition ("asthma; mother with
     * breast cancer", "..., breast cancer in mother") written as the index's "family history of &lt;condition&gt;":
     * the relative's condition is not the patient's, it is a family history (Z80-Z84, I.C.21.c.4). Only when the
     * statement has no family history words of its own (then {@link #encode} drops the relatives' clauses).
     */
    static String relativesAsFamilyHistory(String statement) {
        String t = Lower.of(statement);
        boolean any = false;
        for (String w : RELATIVE_WORDS) {
            any |= t.contains(w);
        }
        if (!any || FAMILY.matcher(t).find()) {
            return statement;
        }
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        for (String clause : AFTER_SEPARATOR.split(t)) {
            String rewritten = asFamilyHistory(clause);
            changed |= rewritten != clause;
            out.append(rewritten);
        }
        return changed ? out.toString() : statement;
    }

    /**
     * The statement (lower case) without the family histories it denies ("" when that was all); itself when it denies
     * none ({@link #DENIED}).
     */
    static String withoutDenied(String statement) {
        String t = Lower.of(statement);
        if (!t.contains("f") || !t.contains("fam") && !t.contains("fh")) {
            return statement; // literal pre-check (hot path)
        }
        Matcher m = DENIED.matcher(t);
        if (!m.find()) {
            return statement;
        }
        String rest = m.replaceFirst("").strip();
        rest = rest.replaceAll("^(?:[,;.]|but\\b|\\s)+", "").replaceAll("\\s*([,;])\\s*[,;]", "$1")
                .replaceAll("(?:[,;\\s]|\\b(?:with|and)\\b)+$", "").strip();
        return withoutDenied(rest);
    }

    private static String asFamilyHistory(String clause) {
        String body = clause.endsWith(",") || clause.endsWith(";") ? clause.substring(0, clause.length() - 1) : clause;
        String end = clause.substring(body.length());
        String lead = body.substring(0, body.length() - body.stripLeading().length());
        Matcher has = RELATIVE_HAS.matcher(body);
        if (has.find()) {
            return lead + "family history of " + body.substring(has.end()).strip() + end;
        }
        Matcher in = IN_RELATIVE.matcher(body);
        if (in.find() && in.start() > 0 && !body.substring(0, in.start()).isBlank()) {
            return lead + "family history of " + body.substring(0, in.start()).strip() + end;
        }
        return clause;
    }

    /** Whether a code is a family history code (Z80-Z84). */
    static boolean familyCode(IcdCmCode c) {
        String v = c.value();
        return v.startsWith("Z8") && v.charAt(2) <= '4';
    }

    /** Whether a code is a chapter 21 status, history or service code (Z00-Z99 but Z80-Z84, Z14-Z15): no disease. */
    static boolean relativesStatus(IcdCmCode c) {
        String v = c.value();
        return v.startsWith("Z") && !familyCode(c) && !v.startsWith("Z14") && !v.startsWith("Z15");
    }

    /**
     * The statement's codes when it states a family history the usual reading codes wrongly, else null. {@code plain}
     * codes a statement without this rule; {@code encoder} codes the patient's other clauses.
     */
    EncodeResult encode(String statement, EncodeOptions options, Function<String, EncodeResult> encoder,
            Function<String, EncodeResult> plain) {
        String t = Lower.of(statement);
        if (!t.contains("f") || !t.contains("fam") && !t.contains("fh") || !FAMILY.matcher(t).find()) {
            return null;
        }
        Parts p = partition(t);
        if (p == null) {
            return null;
        }
        String own = RELATIVE_IN.matcher(p.family()).replaceAll("").strip();
        EncodeResult asWritten = plain.apply(own);
        List<EncodedCode> codes = asWritten.codes();
        boolean right = !codes.isEmpty() && codes.stream().allMatch(c -> familyCode(c.code()));
        if (right && !p.dropped() && own.equals(p.family()) && p.rest().isEmpty()) {
            return null;
        }
        List<EncodedCode> familyCodes = right ? codes : byCondition(own, options, plain);
        if (familyCodes == null) { // the relative's status, not a condition: no code for it (I.C.21.c.4)
            familyCodes = List.of();
        } else if (familyCodes.isEmpty()) {
            return null;
        }
        List<EncodedCode> all = new ArrayList<>();
        List<OpenQuestion> qs = new ArrayList<>();
        if (!p.rest().isEmpty()) {
            EncodeResult r = encoder.apply(String.join(", ", p.rest()));
            all.addAll(r.codes());
            qs.addAll(r.questions());
        }
        all.addAll(familyCodes);
        return new EncodeResult(statement, coding.finish(all), qs, List.of(), asWritten.release());
    }

    /** The statement's clauses: the first family history clause, the patient's clauses, the relatives' dropped. */
    private static Parts partition(String t) {
        String family = null;
        List<String> rest = new ArrayList<>();
        boolean dropped = false;
        for (String clause : SEPARATOR.split(t)) {
            Matcher f = FAMILY.matcher(clause);
            if (family == null && f.find()) {
                family = clause.substring(f.start()).strip();
                String before = TRAILING_LINK.matcher(clause.substring(0, f.start())).replaceAll("").strip();
                if (!before.isEmpty()) {
                    rest.add(before);
                }
            } else if (family != null && SUBJECT.matcher(clause).find()) {
                dropped = true; // the relative's own condition (I.C.21.c.4)
            } else if (!clause.isBlank()) {
                rest.add(clause.strip());
            }
        }
        return family == null ? null : new Parts(family, List.copyOf(rest), dropped);
    }

    /**
     * The family history code whose "Conditions classifiable to" term covers the condition coded alone (I.A.11); null
     * when the relative's "condition" reads to a Z code of a person's own status, history or service ("father was a
     * Vietnam veteran": Z91.85) that no such term covers: family history codes are for a family member who has had a
     * disease (I.C.21.c.4), and a factor influencing a relative's health status (chapter 21) is none. A carrier state
     * or genetic susceptibility (Z14-Z15) is the disease carried (History, family, carrier of genetic disease).
     */
    private List<EncodedCode> byCondition(String family, EncodeOptions options,
            Function<String, EncodeResult> encoder) {
        Matcher f = FAMILY.matcher(family);
        String condition = f.find() ? family.substring(f.end()).strip() : family;
        EncodeResult inner = condition.isEmpty() ? null : encoder.apply(condition);
        if (inner == null || inner.codes().isEmpty()) {
            return List.of();
        }
        EncodedCode c = inner.codes().get(0);
        if (familyCode(c.code())) {
            return List.of(c);
        }
        Optional<Classifiable.Pointer> p = classifiable.covering("Z80", "Z84", c.code());
        if (p.isEmpty() && relativesStatus(c.code())) {
            return null;
        }
        Statement s = Statement.analyse(family, vocabulary);
        String target = p.map(x -> x.code().value()).orElse("Z8489");
        Optional<TabularWalker.Result> down = walker.complete(target, s, options, -1L);
        if (down.isEmpty() || !release.entry(down.get().code()).isPresent()) {
            return List.of();
        }
        String why = p.map(x -> "its inclusion term \"" + x.text() + "\" covers " + c.code().dotted() + " "
                + c.title()).orElse("no family history code's inclusion term covers " + c.code().dotted()
                + ": History, family (of), specified condition NEC");
        return List.of(coding.coded(down.get(), "History, family (of): the condition coded alone, "
                + c.trail().indexPath() + " -> " + c.code().dotted() + "; " + why
                + "; the relative's condition is not coded for the patient", List.of("I.A.11", "I.C.21.c.4")));
    }
}
