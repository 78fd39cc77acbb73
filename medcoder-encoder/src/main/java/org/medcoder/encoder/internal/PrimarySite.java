package org.medcoder.encoder.internal;

import static org.medcoder.encoder.internal.NeoplasmStatements.cite;
import static org.medcoder.encoder.internal.NeoplasmStatements.result;

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
 * Chapter 2 statements that say where a malignancy started besides where it is now, each part coded on its own:
 * <ul>
 *   <li>a pathological fracture "due to" a neoplasm: M84.5- (Pathological fracture in neoplastic disease, through
 *       the index's "Fracture, pathological, due to, neoplastic disease"), then the neoplasm codes the statement
 *       gives, per the "code also underlying neoplasm" note at M84.5 (I.C.2.l.6: the fracture first when it is the
 *       focus of the encounter, as a statement that opens with it says);</li>
 *   <li>a secondary malignancy whose primary site is unknown: the secondary code(s), then C80.1 Malignant (primary)
 *       neoplasm, unspecified (I.C.2.k);</li>
 *   <li>a secondary malignancy whose primary was excised or eradicated with no treatment or evidence left: the
 *       secondary code(s), then the Z85 personal history code of the former site (I.C.2.d, I.C.2.m);</li>
 *   <li>a secondary malignancy "from" a primary still present: the secondary code(s), then the primary (I.C.2.l.2,
 *       in the statement's order).</li>
 * </ul>
 * A statement whose parts do not code to what the guideline expects is left to the other rules (null).
 */
final class PrimarySite {

    private static final Pattern FRACTURE = Pattern.compile(
            "^(pathologic(?:al)?\\s+fracture\\s+(?:of\\s+)?.+?|.+?\\s+pathologic(?:al)?\\s+fracture)\\s+(?:due\\s+to|"
                    + "secondary\\s+to|caused\\s+by|from|in)\\s+(.+)$");
    private static final Pattern UNKNOWN = Pattern.compile(
            "\\s*[,;]?\\s*(?:with\\s+|of\\s+)?(?:(?:an?\\s+)?unknown\\s+primary(?:\\s+(?:site|origin|tumou?r))?|"
                    + "(?:an?\\s+)?unknown\\s+origin|(?:the\\s+)?primary(?:\\s+site)?(?:\\s+is)?\\s+"
                    + "(?:unknown|not\\s+known|undetermined))\\b");
    private static final Pattern FROM = Pattern.compile("^(.+?)\\s+from\\s+(?:an?\\s+|the\\s+|a\\s+primary\\s+)?(.+)$");
    private static final Pattern CLAUSES = Pattern.compile("\\s*[;,]\\s*");
    /** Words saying a primary is gone: removed, eradicated or only in the history (I.C.2.d). */
    private static final Pattern GONE = Pattern.compile(
            "\\b(?:excised|resected|removed|eradicated|\\w+ectomy|history|s/p|status\\s+post|previous|prior"
                    + "|treated)\\b");
    private static final Pattern NO_EVIDENCE = Pattern.compile(
            "^(?:with\\s+|and\\s+)?no\\s+(?:evidence|residual|current|further|recurren|active|sign)");
    private static final Pattern MORPHOLOGY = Pattern.compile(
            "\\b(?:primary|cancer|carcinoma|adenocarcinoma|malignancy|malignant\\s+neoplasm|neoplasm|tumou?r)\\b");
    private static final Pattern NOT_SITE = Pattern.compile(
            "\\b(?:history\\s+of|h/o|s/p|status\\s+post|previous|prior|known|primary|the|a|an)\\b");

    /** A connective left at the end of a site ("colon with" of "colon with liver metastases"). */
    private static final Pattern TRAILING = Pattern.compile("\\s+(?:with|treated|and)$");

    private final TabularWalker walker;
    private final Coding coding;
    private final Statement empty;

    /** {@code empty} is the analysed empty statement the caller already holds (the C80.1 walk needs no words). */
    PrimarySite(TabularWalker walker, Coding coding, Statement empty) {
        this.walker = walker;
        this.coding = coding;
        this.empty = empty;
    }

    /**
     * The codes of such a statement, or null; {@code encoder} encodes one part, {@code single} a phrase by one index
     * path only (the fracture).
     */
    EncodeResult encode(String statement, String t, String encounter, String core, EncodeOptions options,
            Function<String, EncodeResult> encoder, Function<String, EncodeResult> single) {
        if (t.contains("fracture") && t.contains("patholog")) {
            Matcher m = FRACTURE.matcher(core);
            return m.matches() ? fracture(statement, m.group(1), m.group(2), encounter, encoder, single) : null;
        }
        if (!t.contains("metasta") && !t.contains("secondary")) {
            return null;
        }
        Matcher unknown = UNKNOWN.matcher(core);
        if (unknown.find()) {
            String rest = (core.substring(0, unknown.start()) + " " + core.substring(unknown.end())).strip();
            return unknownPrimary(statement, rest, options, encoder);
        }
        return primaryStated(statement, core, encoder);
    }

    /** M84.5- for the fracture, then the neoplasm codes (code also note at M84.5; I.C.2.l.6). */
    private EncodeResult fracture(String statement, String fracture, String cause, String encounter,
            Function<String, EncodeResult> encoder, Function<String, EncodeResult> single) {
        EncodeResult f = single.apply(fracture + " due to neoplastic disease" + encounter);
        if (f.codes().isEmpty() || !f.codes().get(0).code().value().startsWith("M845")) {
            return null;
        }
        EncodeResult neoplasm = encoder.apply(cause);
        if (neoplasm.codes().isEmpty() || !neoplasm.codes().stream().allMatch(PrimarySite::neoplasm)) {
            return null;
        }
        List<EncodedCode> codes = new ArrayList<>();
        codes.add(cite(f.codes().get(0), "I.C.2.l.6", "pathological fracture due to a neoplasm, the fracture the "
                + "focus of the statement: M84.5 first, the neoplasm after it"));
        neoplasm.codes().forEach(c -> codes.add(cite(c, "I.C.2.l.6", "code also note at M84.5: underlying neoplasm")));
        return result(statement, codes, f, neoplasm);
    }

    /** The secondary site codes, then C80.1 for the primary no one can determine (I.C.2.k). */
    private EncodeResult unknownPrimary(String statement, String rest, EncodeOptions options,
            Function<String, EncodeResult> encoder) {
        EncodeResult secondary = encoder.apply(rest);
        if (!allSecondary(secondary)) {
            return null;
        }
        Optional<TabularWalker.Result> c80 = walker.complete("C80.1", empty, options, -1L);
        if (c80.isEmpty()) {
            return null;
        }
        List<EncodedCode> codes = new ArrayList<>(secondaryCodes(secondary));
        codes.add(coding.coded(c80.get(), "Neoplasm, neoplastic, unknown site or unspecified, Malignant Primary -> "
                + "C80.1: primary site stated as unknown", List.of("I.C.2.k", "I.C.2")));
        return result(statement, codes, secondary, null);
    }

    /**
     * The secondary site codes, then the primary: its Z85 history code when a clause says it is gone (excised,
     * resected, treated with no evidence left: I.C.2.d, I.C.2.m), else its own code when "from" names it.
     */
    private EncodeResult primaryStated(String statement, String core, Function<String, EncodeResult> encoder) {
        List<String> main = new ArrayList<>();
        String primary = null;
        boolean gone = false;
        for (String part : CLAUSES.split(core)) {
            if (part.isBlank() || NO_EVIDENCE.matcher(part).find()) {
                continue;
            }
            String clause = part;
            Matcher fromGone = GONE.matcher(clause).find() ? FROM.matcher(clause) : null;
            if (fromGone != null && fromGone.matches() && MORPHOLOGY.matcher(fromGone.group(2)).find()) {
                // "metastasis to lung from rectal cancer resected 2 years ago": the site before "from", the
                // excised primary after it.
                main.add(fromGone.group(1));
                clause = fromGone.group(2);
            }
            if (GONE.matcher(clause).find() && (MORPHOLOGY.matcher(clause).find() || clause.contains("ectomy"))) {
                gone = true;
                String site = site(clause);
                primary = site.isEmpty() ? primary : site;
            } else {
                main.add(clause);
            }
        }
        String secondaryText = String.join(", ", main);
        Matcher from = FROM.matcher(secondaryText);
        if (from.matches()) {
            secondaryText = from.group(1);
            primary = primary == null ? from.group(2) : primary;
        }
        if (primary == null || secondaryText.isBlank() || !gone && !from.matches()) {
            return null;
        }
        EncodeResult secondary = encoder.apply(secondaryText);
        if (!allSecondary(secondary)) {
            return null;
        }
        List<EncodedCode> codes = new ArrayList<>(secondaryCodes(secondary));
        EncodeResult first;
        if (gone) {
            String site = site(primary);
            first = encoder.apply("personal history of malignant neoplasm of " + (site.isEmpty() ? primary : site));
            if (first.codes().isEmpty() || !first.codes().get(0).code().value().startsWith("Z85")) {
                return null;
            }
            codes.add(cite(first.codes().get(0), "I.C.2.d", "primary malignancy excised or eradicated, no further "
                    + "treatment and no evidence of it: personal history of its site, after the secondary site"));
        } else {
            first = encoder.apply(primary);
            if (first.codes().isEmpty() || !first.codes().stream().allMatch(PrimarySite::primaryMalignancy)) {
                return null;
            }
            first.codes().forEach(c -> codes.add(cite(c, "I.C.2.l.2", "the primary the metastasis came from, after "
                    + "the secondary site the statement names first")));
        }
        return result(statement, codes, secondary, first);
    }

    /** The site words of a clause about a primary ("colon primary resected 2 years ago" -> "colon"). */
    private static String site(String clause) {
        Matcher m = MORPHOLOGY.matcher(clause);
        String site = "";
        if (m.find()) {
            String before = clause.substring(0, m.start());
            String after = clause.substring(m.end()).strip();
            site = NOT_SITE.matcher(before).replaceAll(" ").strip();
            if (site.isEmpty() && after.startsWith("of ")) {
                Matcher gone = GONE.matcher(after);
                site = (gone.find() ? after.substring(3, gone.start()) : after.substring(3)).strip();
            }
        }
        return TRAILING.matcher(site).replaceAll("").strip();
    }

    private static List<EncodedCode> secondaryCodes(EncodeResult r) {
        return r.codes().stream().map(c -> cite(c, "I.C.2.d", "secondary site, first-listed")).toList();
    }

    private static boolean allSecondary(EncodeResult r) {
        return !r.codes().isEmpty() && r.codes().stream().allMatch(c -> secondary(c.code().value()));
    }

    private static boolean secondary(String v) {
        return v.compareTo("C77") >= 0 && v.compareTo("C7A") < 0 || v.startsWith("C7B");
    }

    private static boolean primaryMalignancy(EncodedCode c) {
        String v = c.code().value();
        return v.startsWith("C") && !secondary(v);
    }

    /** A neoplasm code of chapter 2 (C00-D49). */
    private static boolean neoplasm(EncodedCode c) {
        String v = c.code().value();
        return v.startsWith("C") || v.compareTo("D00") >= 0 && v.compareTo("D50") < 0;
    }
}
