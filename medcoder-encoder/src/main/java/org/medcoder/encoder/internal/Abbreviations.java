package org.medcoder.encoder.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Abbreviations and lay variants found in real notes, rewritten to the words the Alphabetic Index uses before a
 * statement is analysed ("HTN" to hypertension, "heart attack" to myocardial infarction). Only whole words are
 * rewritten, and only in statements: index and tabular text is the classification's own wording.
 */
public final class Abbreviations {

    private static final Map<String, String> VARIANTS = new LinkedHashMap<>();

    /**
     * Look-behind after a leading "hiv": nothing but a subject or "known" before it, so the statement names no other
     * condition (I.C.1.a.2.d).
     */
    private static final String ONLY_STATED_AFTER =
            "(?<=^hiv|^known\\shiv|^patient\\sis\\shiv|^patient\\sis\\sknown\\shiv)";

    private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth", "eleventh", "twelfth"};

    static {
        // Order matters: longer forms first so that "t2dm" is not read as "dm" and "CVA tenderness" not as "cva".
        ClassificationShorthand.registerFirst(Abbreviations::put);
        ProblemListShorthand.registerFirst(Abbreviations::put);
        ConventionShorthand.registerFirst(Abbreviations::put);
        StatusWording.registerFirst(Abbreviations::put);
        ReadingShorthand.registerFirst(Abbreviations::put);
        put("t2dm|dm2|dm ii|dm type 2|dmii|niddm|type ii dm|type 2 dm", "type 2 diabetes mellitus");
        put("t1dm|dm1|dm type 1|iddm|type 1 dm|type i dm", "type 1 diabetes mellitus");
        put("dm", "diabetes mellitus");
        // Clinicians' shorthand for the index connectors: "w/o" negates (Words), "w/" is "with" (I.A.15).
        put("w/o|w/out", "without");
        put("w/", "with");
        put("htn", "hypertension");
        put("ckd", "chronic kidney disease");
        put("esrd", "end stage renal disease");
        put("aki", "acute kidney failure");
        put("arf", "acute kidney failure");
        put("hfref", "heart failure with reduced ejection fraction");
        put("hfpef", "heart failure with preserved ejection fraction");
        put("chf", "congestive heart failure");
        put("hf", "heart failure");
        put("copd", "chronic obstructive pulmonary disease");
        put("nstemi", "non-st elevation myocardial infarction");
        put("stemi", "st elevation myocardial infarction");
        put("mi|heart attack", "myocardial infarction");
        put("cad", "coronary artery disease");
        put("gerd", "gastro-esophageal reflux disease");
        put("uti", "urinary tract infection");
        // Infections of care by their surveillance names (Index: Infection, central line-associated, bloodstream
        // (CLABSI); Infection, catheter-related bloodstream (CRBSI); T83.511 through DeviceWording).
        put("clabsi", "central line-associated bloodstream infection");
        put("crbsi", "catheter-related bloodstream infection");
        put("cauti", "catheter-associated urinary tract infection");
        put("uri", "upper respiratory infection");
        put("afib|a-fib|a fib|af", "atrial fibrillation");
        put("bph", "benign prostatic hyperplasia");
        put("osa", "obstructive sleep apnea");
        put("e\\.?\\s*coli", "escherichia coli");
        // A carrier of MRSA: Carrier (suspected) of, staphylococci, methicillin resistant Z22.322. The index's
        // "staphylococci" is not reached from "staphylococcus aureus", so MRSA beside a carrier word (either order).
        put("(?:carrier|colonization|colonized)(?:\\s+(?:of|with))?\\s+mrsa"
                + "|mrsa\\s+(?:carrier|colonization|colonized)", "carrier of methicillin resistant staphylococci");
        put("mrsa", "methicillin resistant staphylococcus aureus");
        put("mssa", "methicillin susceptible staphylococcus aureus");
        put("dvt", "deep vein thrombosis");
        put("pe", "pulmonary embolism");
        put("cva|stroke", "cerebral infarction");
        put("tia", "transient ischemic attack");
        put("ptsd", "post-traumatic stress disorder");
        put("adhd", "attention-deficit hyperactivity disorder");
        put("gad", "generalized anxiety disorder");
        put("mdd", "major depressive disorder");
        put("ra", "rheumatoid arthritis");
        put("oa|djd|degenerative joint disease", "osteoarthritis");
        put("hld", "hyperlipidemia");
        put("sob|dyspnea on exertion", "shortness of breath");
        put("n/v|n&v", "nausea with vomiting");
        put("ibs", "irritable bowel syndrome");
        put("pvd|pad", "peripheral vascular disease");
        // Before "hiv": the title of Z29.81 (Encounter for HIV pre-exposure prophylaxis) keeps the abbreviation.
        put("hiv pre-exposure prophylaxis|hiv prep", "encounter for hiv pre-exposure prophylaxis");
        // Asymptomatic HIV infection status Z21 (the index's "Status, human immunodeficiency virus"): stated as
        // asymptomatic, or "HIV positive" as the whole statement (a "since 2015" or "no symptoms" may follow).
        // I.C.1.a.2.d: Z21 is not used when the patient has an HIV-related illness, so "HIV positive with
        // Pneumocystis pneumonia" stays HIV disease (B20, I.C.1.a.2.a).
        put("asymptomatic hiv infection|asymptomatic hiv|hiv infection, asymptomatic|hiv, asymptomatic",
                "asymptomatic human immunodeficiency virus status");
        put("hiv" + ONLY_STATED_AFTER + "(?:-positive|\\s+positive|\\s+seropositive)(?:\\s+status)?"
                + "(?=(?:\\s*,?\\s*(?:no symptoms|without symptoms|asymptomatic|(?:since|diagnosed) [a-z0-9 ]+"
                + "|for \\d+ years?))?\\s*\\.?\\s*$)",
                "asymptomatic human immunodeficiency virus status");
        put("hiv", "human immunodeficiency virus disease");
        put("pna", "pneumonia");
        put("abd", "abdominal");
        DevicePresence.register(Abbreviations::put);
        VisitWording.register(Abbreviations::put);
        BodySystemShorthand.register(Abbreviations::put);
        Shorthand.register(Abbreviations::put);
        PhysicianWording.register(Abbreviations::put);
        PathShorthand.register(Abbreviations::put);
        SideWording.register(Abbreviations::put);
        ProblemListShorthand.register(Abbreviations::put);
        ConventionShorthand.register(Abbreviations::put);
        ClassificationShorthand.register(Abbreviations::put);
        StatedWording.register(Abbreviations::put);
        DrugNames.register(Abbreviations::put);
        PerinatalShorthand.register(Abbreviations::put);
        put("hx|h/o", "history");
        put("fx", "fracture");
        put("lt", "left");
        put("rt", "right");
        put("b/l|bilat", "bilateral");
        put("init", "initial");
        put("subsq|subseq", "subsequent");
        put("overdose", "poisoning");
        // Hemodialysis and peritoneal dialysis are renal dialysis ("Dependence on renal dialysis" Z99.2).
        put("hemodialysis|haemodialysis", "hemodialysis renal dialysis");
        // "On HD" / "on PD" in a renal problem list: the dialysis the patient depends on (Z99.2, N18.6's note; "PD"
        // alone stays unread, it is also Parkinson's disease).
        put("on hd", "on hemodialysis renal dialysis");
        put("on pd", "on peritoneal dialysis renal dialysis");
        // Vertebral levels as notes write them ("T12 vertebra", "L1 vertebral body"): the index names the region
        // and the ordinal ("Fracture, thorax, vertebra, twelfth").
        vertebrae("c", "cervical", 7);
        vertebrae("t", "thoracic", 12);
        vertebrae("l", "lumbar", 5);
        // "Cancer - see also Neoplasm, malignant, by site" (Alphabetic Index): entries such as "History, family,
        // malignant neoplasm" have no "cancer" subterm of their own.
        put("cancers?", "cancer malignant neoplasm");
        // A condition caused by a drug: the index says "drug-induced" in some entries, "due to, medicament" in
        // others (Hypothyroidism, due to, medicament NEC); both wordings are given (I.A.15).
        put("drugs?[- ]induced|due to drugs?|secondary to drugs?|caused by drugs?|medications?[- ]induced|due to medications?|secondary to medications?|caused by medications?|medicaments?[- ]induced|due to medicaments?|secondary to medicaments?|caused by medicaments?",
                "drug-induced due to medicament");
    }

    private static final Pattern ALL;
    /** Every variant in {@link #VARIANTS} order (the alternation order of {@link #ALL}). */
    private static final List<Variant> ALL_VARIANTS;
    /**
     * The variants' literal prefixes: at a word start, the variants that can match there, in {@link #VARIANTS}
     * order; the first that matches is the one the alternation of {@link #ALL} takes.
     */
    private static final PrefixTrie PREFIXES;
    /** Whether every variant starts with a literal letter or digit (else {@link #expand} uses the whole regex). */
    private static final boolean FAST;

    /**
     * A variant's pattern, literal prefix and expansion; {@code literal} when the prefix is the whole variant (no
     * regex); {@code blankNext} when the pattern goes on with {@code \s+}, so a match has a blank after the prefix;
     * {@code words} when it is literal words joined by {@code \s+} ({@link LiteralWords}), else null. The expansion
     * is the matching variant's own, so a variant may read its context with look-arounds ("PROM" of a pregnancy).
     */
    private record Variant(Pattern pattern, String prefix, boolean literal, boolean blankNext, String[] words,
            String expansion) {
    }

    /** The variant that matched at a position and the end of its match. */
    private record Hit(Variant variant, int end) {
    }

    static {
        boolean fast = true;
        List<Variant> all = new java.util.ArrayList<>();
        for (Map.Entry<String, String> e : VARIANTS.entrySet()) {
            String prefix = literalPrefix(e.getKey());
            fast &= !prefix.isEmpty() && isWordChar(prefix.charAt(0));
            all.add(new Variant(Pattern.compile("(?<![a-z0-9])(" + e.getKey() + ")(?![a-z0-9])"), prefix,
                    prefix.equals(e.getKey()), e.getKey().startsWith("\\s+", prefix.length()),
                    LiteralWords.of(e.getKey()), e.getValue()));
        }
        ALL_VARIANTS = List.copyOf(all);
        PREFIXES = fast ? new PrefixTrie(all.stream().map(Variant::prefix).toList(), (i, c) -> canGoOn(all.get(i), c))
                : null;
        FAST = fast;
        StringBuilder sb = new StringBuilder("(?<![a-z0-9])(");
        boolean first = true;
        for (String k : VARIANTS.keySet()) {
            sb.append(first ? "" : "|").append(k);
            first = false;
        }
        ALL = Pattern.compile(sb.append(")(?![a-z0-9])").toString());
    }

    private Abbreviations() {
    }

    /** Whether a match of the variant can start with its one-character prefix and {@code c} (or be just the prefix). */
    private static boolean canGoOn(Variant v, char c) {
        Matcher m = v.pattern().matcher(v.prefix() + c);
        // hitEnd: more input could still give a match; false means no text starting so can match.
        return m.lookingAt() || m.hitEnd();
    }

    private static void vertebrae(String letter, String region, int count) {
        for (int i = count; i >= 1; i--) {
            String vertebra = ORDINALS[i - 1] + " " + region + " vertebra";
            put(letter + i + " vertebra|" + letter + i + " vertebral", vertebra);
            // A level alone before or after its fracture ("L5 wedge compression fracture", "burst fracture of L1"):
            // a fracture of a level is of the vertebra (Index: Fracture, vertebra, lumbar, fifth), never of a disc
            // space ("L5-S1") or a nerve root ("L5 radiculopathy"), which name no fracture.
            put(letter + i + "(?=(?:\\s+[a-z-]+){0,3}?\\s+(?:fracture|fx)\\b)", vertebra);
            put("(?:fracture|fx) (?:of|at|involving) (?:the )?" + letter + i + "(?![-/0-9])",
                    "fracture of " + vertebra);
        }
    }

    private static void put(String forms, String expansion) {
        for (String f : VariantForms.alternatives(forms)) {
            for (String g : VariantForms.leadingAlternatives(f)) {
                VARIANTS.put(g.replace(" ", "\\s+").replace("/", "/"), expansion);
            }
        }
    }

    /** Whether every variant starts with a literal letter or digit, so {@link #expand} takes its fast path. */
    static boolean fast() {
        return FAST;
    }

    /** The statement in lower case with every known abbreviation or variant written out. */
    public static String expand(String statement) {
        String t = Lower.of(statement);
        if (!FAST) {
            return expandByRegex(statement);
        }
        // Variants are tried only where a word starts (the look-behind) and their literal prefix is (hot path): a
        // match can start nowhere else, so this is the same as Matcher.find with ALL over the whole text.
        StringBuilder sb = null;
        int copied = 0;
        int[] found = PREFIXES.buffer();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!isWordChar(c) || i > 0 && isWordChar(t.charAt(i - 1))) {
                continue;
            }
            Hit hit = firstMatch(found, PREFIXES.at(t, i, found), t, i);
            if (hit != null) {
                sb = sb == null ? new StringBuilder(t.length() + 32) : sb;
                sb.append(t, copied, i).append(hit.variant().expansion());
                copied = hit.end();
                i = copied - 1;
            }
        }
        return sb == null ? t : sb.append(t, copied, t.length()).toString();
    }

    static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /**
     * The characters every match of the variant's regex starts with: letters, digits and '/', '&amp;', '-' up to
     * the first other regex character, less the last one when a quantifier makes it optional.
     */
    static String literalPrefix(String regex) {
        int n = 0;
        while (n < regex.length() && (isWordChar(regex.charAt(n)) || "/&-".indexOf(regex.charAt(n)) >= 0)) {
            n++;
        }
        if (n < regex.length() && "?*{".indexOf(regex.charAt(n)) >= 0) {
            n--;
        }
        return regex.substring(0, Math.max(0, n));
    }

    /**
     * The first of the variants that matches at {@code start} and the end of its match (look-around sees the whole
     * text; the caller checked the look-behind: a word starts there), or null. A literal variant needs no matcher: it matches
     * where its text is and no letter or digit follows (the look-ahead).
     */
    private static Hit firstMatch(List<Variant> variants, String t, int start) {
        for (Variant v : variants) {
            int end = t.startsWith(v.prefix(), start) ? end(v, t, start) : -1;
            if (end >= 0) {
                return new Hit(v, end);
            }
        }
        return null;
    }

    /** {@link #firstMatch} over the first {@code count} variants of {@code ordinals} ({@link #PREFIXES}). */
    private static Hit firstMatch(int[] ordinals, int count, String t, int start) {
        for (int k = 0; k < count; k++) {
            Variant v = ALL_VARIANTS.get(ordinals[k]);
            int end = end(v, t, start);
            if (end >= 0) {
                return new Hit(v, end);
            }
        }
        return null;
    }

    /** The end of the variant's match at {@code start}, where the text has its prefix, or -1. */
    private static int end(Variant v, String t, int start) {
        if (v.literal()) {
            int end = start + v.prefix().length();
            return end == t.length() || !isWordChar(t.charAt(end)) ? end : -1;
        }
        if (v.blankNext() && !blankAt(t, start + v.prefix().length())) {
            return -1; // "due" of "due to drugs": no match where no blank follows the prefix (hot path)
        }
        if (v.words() != null) {
            return LiteralWords.end(v.words(), t, start);
        }
        Matcher m = v.pattern().matcher(t).useTransparentBounds(true).region(start, t.length());
        return m.lookingAt() ? m.end() : -1;
    }

    /** Whether the character at {@code i} is one {@code \s} matches (blank, tab, line end, form feed). */
    static boolean blankAt(String t, int i) {
        if (i >= t.length()) {
            return false;
        }
        char c = t.charAt(i);
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The reference implementation of {@link #expand}: the regex over the whole text (for tests). */
    static String expandByRegex(String statement) {
        String t = statement.toLowerCase(Locale.ROOT);
        Matcher m = ALL.matcher(t);
        StringBuilder sb = new StringBuilder(t.length() + 32);
        while (m.find()) {
            // The alternative the alternation took: the first variant that matches here, in the same order.
            Hit hit = firstMatch(ALL_VARIANTS, t, m.start(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(hit == null ? m.group(1) : hit.variant().expansion()));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
