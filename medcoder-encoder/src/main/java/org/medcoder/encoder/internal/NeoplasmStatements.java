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
import org.medcoder.encoder.OpenQuestion;

/**
 * Statements about a malignancy that need more than one index path, coded and sequenced as chapter 2 of the
 * Official Guidelines says (each part is encoded on its own, then the parts are put in the guideline's order):
 * <ul>
 *   <li>a primary malignancy "with metastases to" a site, or "metastatic to" it: the primary code, then the
 *       secondary code of each site (I.C.2: the primary is sequenced first unless treatment is directed at the
 *       secondary site only, I.C.2.b, which a single statement does not say);</li>
 *   <li>anemia "due to" / "in" a malignancy: the neoplasm, then D63.0 Anemia in neoplastic disease (I.C.2.c.1, and
 *       the "code first neoplasm" note at D63.0);</li>
 *   <li>an encounter for chemotherapy, immunotherapy or radiation therapy "for" a neoplasm: Z51.11 / Z51.12 / Z51.0
 *       first, then the neoplasm (I.C.2.e.2).</li>
 * </ul>
 * A statement that does not split into such parts, or whose parts do not code to what the guideline expects (a
 * malignant primary, a secondary site, a neoplasm), is left to the ordinary single-path encoding.
 */
final class NeoplasmStatements {

    private static final String SITES = "(?:the\\s+)?(.+)";
    private static final Pattern WITH_METASTASES_TO = Pattern.compile(
            "^(.+?),?\\s+(?:with|and)\\s+(?:(?:widespread|distant|known)\\s+)?(?:metastas[ie]s|metastatic\\s+(?:disease|spread))"
                    + "\\s+(?:to|in(?:to)?)\\s+" + SITES + "$");
    private static final Pattern WITH_SITE_METASTASES = Pattern.compile(
            "^(.+?),?\\s+(?:with|and)\\s+(.+?)\\s+metastas[ie]s$");
    private static final Pattern METASTATIC_TO = Pattern.compile("^(.+?)\\s+metastatic\\s+to\\s+" + SITES + "$");
    /** "Metastatic prostate cancer to bone": the adjective before the primary, the sites after "to" (I.C.2). */
    private static final Pattern METASTATIC_X_TO = Pattern.compile("^metastatic\\s+(.+?)\\s+to\\s+" + SITES + "$");
    /** The patient's sex written after the sites ("... to liver in a woman"): it belongs to the primary (C50.91-). */
    private static final Pattern SEX = Pattern.compile(
            ",?\\s*\\b(?:in\\s+)?(?:an?\\s+)?(female|woman|male|man)\\b(?:\\s+(?:pt|patient))?");
    /**
     * "Lymph node" is "see Neoplasm, lymph gland" in the table, whose rows name the node groups (C77.-); a metastatic
     * site's bare "nodes" ("axillary nodes") is a lymph node too, the table having no other node row.
     */
    private static final Pattern LYMPH_NODE = Pattern.compile("\\b(?:lymph(?:atic)?\\s*)?nodes?\\b|\\bnodal\\b");
    private static final Pattern ANEMIA = Pattern.compile(
            "^(?:anemia|anaemia)(?:\\s+in\\s+neoplastic\\s+disease)?,?\\s+(?:due\\s+to|secondary\\s+to|caused\\s+by|"
                    + "associated\\s+with|in|of|from)\\s+(.+)$");
    /**
     * "Encounter for chemotherapy for X", "admitted for radiation therapy, X", "chemotherapy session for X": the
     * encounter words (group 1) or a session word (group 3) say the encounter is for the therapy (I.C.2.e.2).
     */
    private static final Pattern THERAPY = Pattern.compile(
            "^(?:an?\\s+)?((?:encounter|admission|admitted|visit|presents?)\\s+for\\s+)?(?:(?:antineoplastic|cancer)\\s+)?"
                    + "(chemotherapy|chemo|immunotherapy|radiation(?:\\s+therapy)?|radiotherapy)"
                    + "(\\s+(?:session|cycle|infusion|treatment))?(?:\\s+(?:for|of)\\s+|\\s*[,;:]\\s*)(.+)$");
    /** "With bone metastases to the lumbar spine": the site word before "metastases" read with the sites after "to". */
    private static final Pattern SITE_BEFORE = Pattern.compile("\\b(with|and)\\s+(?!(?:widespread|distant|known"
            + "|multiple|diffuse)\\b)([a-z]+)\\s+(metastas[ie]s)\\s+(to|in)\\s+");
    /** "Mets", clinicians' word for metastases (Metastasis, see Neoplasm, secondary). */
    private static final Pattern METS = Pattern.compile("\\bmets\\b");
    private static final Pattern TREATMENT = Pattern.compile(
            "\\b(?:chemo\\w*|radiation|radiotherapy|therapy|treatment|drugs?|medication|medicament|antineoplastic)\\b");
    private static final Pattern SITES_METASTASES = Pattern.compile("\\s+metastas[ie]s$");
    private static final List<Pattern> METASTASES = List.of(WITH_METASTASES_TO, METASTATIC_TO, WITH_SITE_METASTASES,
            METASTATIC_X_TO);
    /** The sites' last "metastases" (group 1) and one comma clause after it that names no further sites (group 2). */
    private static final Pattern AFTER_SITES = Pattern.compile("^(.+\\bmetastas[ie]s)\\s*,\\s*((?:(?!metasta)[^,;])+)$");
    private static final Pattern SITE_LIST = Pattern.compile("\\s*(?:,\\s*and\\s+|,\\s*|\\s+and\\s+)");

    private final TabularWalker walker;
    private final Coding coding;
    private final Statement empty;
    private final PrimarySite primarySite;
    private final FormerPrimary formerPrimary;

    NeoplasmStatements(TabularWalker walker, Coding coding, Vocabulary vocabulary, Classifiable classifiable) {
        this.walker = walker;
        this.coding = coding;
        this.empty = Statement.analyse("", vocabulary);
        this.primarySite = new PrimarySite(walker, coding, empty);
        this.formerPrimary = new FormerPrimary(walker, coding, classifiable, vocabulary);
    }

    /**
     * The codes of a statement that splits into a chapter 2 combination, or null when it does not. {@code encoder}
     * encodes one part; {@code single} encodes a phrase by one index path only (the Z51 encounter phrase).
     */
    EncodeResult encode(String statement, EncodeOptions options, Function<String, EncodeResult> encoder,
            Function<String, EncodeResult> single) {
        String t = Lower.of(Statement.truncate(statement).strip());
        t = t.contains("mets") ? METS.matcher(t).replaceAll("metastases") : t;
        EncodeResult treated = TreatedNeoplasm.encode(statement, t, encoder);
        if (treated != null) {
            return treated;
        }
        if (!mayApply(t)) {
            return null;
        }
        String encounter = encounterWords(t);
        String core = encounter.isEmpty() ? t : t.substring(0, t.length() - encounter.length()).strip();
        core = core.endsWith(",") || core.endsWith(";") ? core.substring(0, core.length() - 1).strip() : core;
        Matcher m = THERAPY.matcher(core);
        if (m.matches() && (m.group(1) != null || m.group(3) != null)) {
            return therapy(statement, m.group(2), m.group(4) + encounter, encoder, single);
        }
        m = ANEMIA.matcher(core);
        if (m.matches()) {
            return anemia(statement, m.group(1) + encounter, options, encoder);
        }
        // Pathological fracture due to a neoplasm; primary site unknown, excised, or named "from" (PrimarySite).
        EncodeResult parts = primarySite.encode(statement, t, encounter, core, options, encoder, single);
        if (parts != null) {
            return parts;
        }
        // A malignancy that is history: excised or treated, no evidence left (FormerPrimary; I.C.2.d).
        EncodeResult former = formerPrimary.encode(statement, t, options, encoder, single);
        if (former != null) {
            return former;
        }
        // Every pattern of METASTASES needs "metasta" (hot path: their lazy groups backtrack over the whole text).
        if (!core.contains("metasta")) {
            return null;
        }
        core = core.contains("metastas") ? SITE_BEFORE.matcher(core).replaceFirst("$1 $3 $4 $2 ") : core;
        EncodeResult whole = combination(statement, core, "", encounter, encoder);
        Matcher clause = whole == null ? AFTER_SITES.matcher(core) : null;
        return clause == null || !clause.matches() ? whole
                : combination(statement, clause.group(1), ", " + clause.group(2), encounter, encoder);
    }

    /**
     * The primary and its metastatic sites when {@code core} is worded so by one of {@link #METASTASES}, or null; a
     * {@code clause} written after the sites (", on FOLFOX", ", with cachexia") is read beside the primary, whose
     * statement it continues, and its codes follow the sites (I.C.2, IV.J).
     */
    private EncodeResult combination(String statement, String core, String clause, String encounter,
            Function<String, EncodeResult> encoder) {
        for (Pattern p : METASTASES) {
            Matcher m = p.matcher(core);
            if (m.matches()) {
                return metastases(statement, m.group(1), clause, m.group(2), encounter, encoder);
            }
        }
        return null;
    }

    /** Literal pre-check (hot path): only statements naming metastases, anemia or a therapy encounter go further. */
    private static boolean mayApply(String t) {
        return t.contains("metasta") || t.contains("anemi") || t.contains("anaemi") || t.contains("therapy")
                || t.contains("chemo") || t.contains("radiation") || t.contains("patholog")
                || t.contains("secondary") || t.contains("history") || t.contains("h/o") || t.contains("hx ")
                || t.contains(" no ") || t.contains("ned");
    }

    /** The trailing encounter clause (", initial encounter"), kept with each part, or "". */
    private static String encounterWords(String t) {
        int at = t.lastIndexOf(',');
        if (at > 0 && t.substring(at).contains("encounter") && !t.substring(at).contains(" for ")) {
            return t.substring(at);
        }
        return "";
    }

    /** Z51.x for the encounter, then the neoplasm under treatment (I.C.2.e.2). */
    private EncodeResult therapy(String statement, String therapy, String condition,
            Function<String, EncodeResult> encoder, Function<String, EncodeResult> single) {
        String encounter = therapy.startsWith("chemo") ? "encounter for chemotherapy for neoplasm"
                : therapy.startsWith("immuno") ? "encounter for immunotherapy for neoplasm"
                : "encounter for radiation therapy";
        EncodeResult z = single.apply(encounter);
        EncodeResult neoplasm = encoder.apply(condition);
        if (!startsWith(z, "Z51") || !neoplasm(neoplasm)) {
            return null;
        }
        List<EncodedCode> codes = new ArrayList<>();
        codes.add(cite(z.codes().get(0), "I.C.2.e.2", "encounter solely for the administration of " + therapy
                + ": the Z51 code first, the malignancy after it"));
        neoplasm.codes().forEach(c -> codes.add(cite(c, "I.C.2.e.2", "the malignancy treated, after the Z51 code")));
        return result(statement, codes, z, neoplasm);
    }

    /** The neoplasm, then D63.0 Anemia in neoplastic disease (I.C.2.c.1). */
    private EncodeResult anemia(String statement, String condition, EncodeOptions options,
            Function<String, EncodeResult> encoder) {
        if (TREATMENT.matcher(condition).find()) {
            // Anemia due to the treatment is an adverse effect (D64.81 and the drug), not D63.0 (I.C.2.c.2).
            return null;
        }
        EncodeResult neoplasm = encoder.apply(condition);
        if (!neoplasm(neoplasm)) {
            return null;
        }
        Optional<TabularWalker.Result> d63 = walker.complete("D63.0", empty, options, -1L);
        if (d63.isEmpty()) {
            return null;
        }
        List<EncodedCode> codes = new ArrayList<>();
        neoplasm.codes().forEach(c -> codes.add(cite(c, "I.C.2.c.1", "the malignancy first (code first note at D63.0)")));
        codes.add(coding.coded(d63.get(), "Anemia (essential) (general), in, neoplastic disease -> D63.0: anemia "
                + "associated with the malignancy, after it", List.of("I.C.2.c.1", "I.A.13")));
        return result(statement, codes, neoplasm, null);
    }

    /** The primary malignancy, then the secondary code of each metastatic site (I.C.2, I.C.2.b). */
    private EncodeResult metastases(String statement, String primaryText, String clause, String sitesText,
            String encounter, Function<String, EncodeResult> encoder) {
        String sites = sitesText;
        Matcher sex = SEX.matcher(sites);
        if (sex.find()) {
            primaryText = primaryText + " " + sex.group(1);
            sites = sites.substring(0, sex.start()) + sites.substring(sex.end());
        }
        sites = sites.contains("node") ? LYMPH_NODE.matcher(sites).replaceAll("lymph gland") : sites;
        EncodeResult primary = encoder.apply(primaryText + clause + encounter);
        // A primary of no site ("metastatic carcinoma to the liver": C80.1) is no primary the statement names.
        if (primary.codes().isEmpty() || !primaryMalignancy(primary.codes().get(0))
                || primary.codes().get(0).code().value().startsWith("C80")) {
            return null;
        }
        List<EncodedCode> codes = new ArrayList<>();
        codes.add(cite(primary.codes().get(0), "I.C.2", "primary malignancy, sequenced before its metastases"));
        List<EncodeResult> parts = new ArrayList<>();
        for (String site : SITE_LIST.split(SITES_METASTASES.matcher(sites).replaceAll(""))) {
            if (site.isBlank()) {
                continue;
            }
            EncodeResult secondary = encoder.apply("secondary malignant neoplasm of " + site.strip() + encounter);
            if (secondary.codes().isEmpty() || !secondaryMalignancy(secondary.codes().get(0))) {
                return null;
            }
            parts.add(secondary);
            codes.add(cite(secondary.codes().get(0), "I.C.2", "metastatic site (Neoplasm table, column Malignant "
                    + "Secondary), after the primary"));
        }
        primary.codes().stream().skip(clause.isEmpty() ? primary.codes().size() : 1).forEach(codes::add);
        EncodeResult r = result(statement, codes, primary, null);
        List<OpenQuestion> qs = new ArrayList<>(r.questions());
        parts.forEach(p -> qs.addAll(p.questions()));
        return new EncodeResult(r.statement(), r.codes(), qs, List.of(), r.release());
    }

    /** The result of a statement coded part by part: its codes once each, the questions of both parts. */
    static EncodeResult result(String statement, List<EncodedCode> codes, EncodeResult a, EncodeResult b) {
        List<OpenQuestion> qs = new ArrayList<>(a.questions());
        if (b != null) {
            qs.addAll(b.questions());
        }
        return new EncodeResult(statement, Coding.dedupe(codes), qs, List.of(), a.release());
    }

    /** The code with one more tabular step naming the chapter 2 guideline that placed it. */
    static EncodedCode cite(EncodedCode c, String guideline, String why) {
        return c.withStep("sequence (" + guideline + "): " + why, List.of(guideline));
    }

    private static boolean startsWith(EncodeResult r, String prefix) {
        return !r.codes().isEmpty() && r.codes().get(0).code().value().startsWith(prefix);
    }

    /** Whether the first code is a neoplasm of chapter 2 (C00-D49). */
    private static boolean neoplasm(EncodeResult r) {
        if (r.codes().isEmpty()) {
            return false;
        }
        String v = r.codes().get(0).code().value();
        return v.startsWith("C") || v.compareTo("D00") >= 0 && v.compareTo("D50") < 0;
    }

    /** A malignant primary (C00-C76, C80-C96); C77-C79 are secondary sites. */
    private static boolean primaryMalignancy(EncodedCode c) {
        String v = c.code().value();
        return v.startsWith("C") && !secondaryMalignancy(c);
    }

    private static boolean secondaryMalignancy(EncodedCode c) {
        String v = c.code().value();
        return v.compareTo("C77") >= 0 && v.compareTo("C7A") < 0;
    }
}
