package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.core.IcdCmCode;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;
import org.medcoder.encoder.OpenQuestion;

/**
 * Drug statements a coder reads through the Table of Drugs and Chemicals beyond one substance and one column:
 * a drug allergy stated as a status (Z88.-, {@link DrugStatus}), a drug ingested by accident (poisoning, not a
 * foreign body), several substances of one poisoning (each coded, I.C.19.e.5.b), anaphylaxis from a drug properly
 * administered (T88.6 with the drug's adverse-effect code, I.C.19.e.5.a), the FY2026 subcategory of the
 * fluoroquinolones (T36.A-) and no history-of-therapy code (Z92.2-) beside a current adverse effect (I.C.21.c.4).
 * Each rule runs only when a literal test on the statement says it can apply.
 */
final class DrugStatements {

    /** The verb of an ingestion, then the substances (group 1) up to "by" (who took them) or the clause's end. */
    private static final Pattern INGESTED = Pattern.compile("\\b(?:ingestion of|ingested|ingesting|swallowed"
            + "|swallowing|ingestion)\\s+([^,;]+?)(?=\\s+by\\b|\\s*[,;]|$)");
    /** The substances of a poisoning: after "overdose of" / "poisoning by" ..., or before "overdose". */
    private static final Pattern AFTER_VERB = Pattern.compile("\\b(?:overdose|poisoning|intoxication|toxicity)"
            + "\\s+(?:of|by|with|from|on)\\s+([^,;]+?)(?=\\s+by\\b|\\s*[,;]|$)");
    private static final Pattern BEFORE_VERB = Pattern.compile("(?:^|\\b(?:intentional|accidental|unintentional"
            + "|undetermined|deliberate)\\s+)([^,;]+?)\\s+(?:overdose|poisoning|intoxication|toxicity)\\b");
    /** Words joining two substances of one poisoning. */
    private static final Pattern JOIN = Pattern.compile("\\s+(?:and|with|plus|along with|together with)\\s+|\\s*&\\s*"
            + "|\\s*\\+\\s*");
    /** Words around a substance that are not its name: possessives, dose forms, amounts. */
    private static final Pattern NOT_NAME = Pattern.compile("\\b(?:[a-z]+'s|his|her|their|the|a|an|some|several"
            + "|multiple|unknown amount of|handful of|bottle of|tablets?|pills?|capsules?|doses?)\\b");
    /** Unqualified drinking alcohol is the beverage (Table of Drugs and Chemicals: Alcohol, beverage T51.0X-). */
    private static final Pattern DRINK = Pattern.compile("alcohol|etoh|alcoholic beverages?|beer|wine|liquor|vodka"
            + "|whiskey|drinks?");
    private static final Pattern INTENT_WORDS = Pattern.compile("\\b(?:accidental(?:ly)?|unintentional(?:ly)?"
            + "|intentional(?:ly)?|suicide attempt|suicidal|self-harm|deliberate(?:ly)?|undetermined intent)\\b");
    private static final Pattern HISTORY = Pattern.compile("\\b(?:history|hx|h/o|previous|prior|past|completed"
            + "|former|s/p|status post)\\b");
    /** The end of the words before an ingestion: the link to it ("after", "from") and an intent word. */
    private static final Pattern LINK = Pattern.compile("(?:\\s*,)?\\s*(?:\\b(?:after|from|due to|following"
            + "|because of|secondary to|with)\\s+)?(?:(?:an?|the)\\s+)?(?:(?:accidental(?:ly)?|unintentional(?:ly)?"
            + "|intentional(?:ly)?|deliberate(?:ly)?|suicidal|undetermined)\\s+)?$");
    /** Who swallowed, which is no manifestation: "toddler swallowed ...", "3 year old child ingested ...". */
    private static final Pattern SUBJECT = Pattern.compile("(?:(?:a|an|the|my)\\s+)?(?:\\d+\\s*(?:-|\\s)?(?:year|yr"
            + "|month|mo)s?(?:-|\\s)old\\s+)?(?:patient|pt|child|toddler|infant|baby|boy|girl|kid|man|woman|male"
            + "|female|he|she|adult|teen\\w*|adolescent)?(?:\\s+(?:who|was|has|had|is|reportedly))*");
    /** An amount taken, which tells an overdose (Index: Ingestion, drug, overdose). */
    private static final Pattern AMOUNT = Pattern.compile("\\b(?:overdose|unknown amount|handful|bottle|entire"
            + "|whole|several|multiple|\\d+\\s*(?:tablets?|pills?|capsules?|mg|g))\\b");
    private static final Pattern CAUSE = Pattern.compile("\\b(?:due to|secondary to|caused by|from|after|to)\\s+");

    private final Engine engine;
    private final IcdCmRelease release;
    private final TabularWalker walker;
    private final Coding coding;
    private final CodeAdditions additions;
    private final DrugStatus status;
    private final Statement empty;
    private final Tables tables;
    private final Vocabulary vocabulary;

    DrugStatements(Engine engine, IcdCmRelease release, TabularWalker walker, Coding coding, CodeAdditions additions,
            Tables tables, Vocabulary vocabulary) {
        this.engine = engine;
        this.release = release;
        this.walker = walker;
        this.coding = coding;
        this.additions = additions;
        this.status = new DrugStatus(tables, walker, coding, additions, vocabulary);
        this.empty = Statement.analyse("", vocabulary);
        this.tables = tables;
        this.vocabulary = vocabulary;
    }

    /** The drug allergy status codes of a statement that states only an allergy to a drug, else null. */
    EncodeResult allergyStatus(String statement, EncodeOptions options) {
        return status.encode(statement, options, engine.releaseName());
    }

    /**
     * The statement with a drug ingested worded as the index sends it: "Ingestion, drug or medicament, overdose or
     * wrong substance given or taken - see Table of Drugs and Chemicals, by drug, poisoning" ("accidental ingestion of
     * grandmother's clonidine by toddler": accidental poisoning by clonidine). Unchanged unless every substance
     * ingested is a drug or chemical of the table (a button battery or a bead is a foreign body, W44.-).
     */
    String reworded(String statement) {
        if (statement.indexOf("ngest") < 0 && statement.indexOf("wallow") < 0) {
            return statement;
        }
        String t = Lower.of(statement);
        if (!t.contains("ingest") && !t.contains("swallow") || t.contains("foreign body")) {
            return statement;
        }
        Matcher m = INGESTED.matcher(t);
        if (!m.find()) {
            return statement;
        }
        List<String> names = substances(m.group(1), 0);
        if (names.isEmpty()) {
            return statement;
        }
        Matcher intent = INTENT_WORDS.matcher(t);
        boolean stated = intent.find();
        // Words before the verb are a manifestation of the poisoning ("vomiting after ..."), coded after it
        // (I.C.19.e.5.b); with no intent, overdose or amount stated, the ingestion is an ordinary swallow.
        String before = LINK.matcher(t.substring(0, m.start())).replaceFirst("").strip();
        before = SUBJECT.matcher(before).matches() ? "" : before;
        if (!before.isEmpty() && !stated && !AMOUNT.matcher(t).find()) {
            return statement;
        }
        int end = t.indexOf(',', m.end());
        String rest = (before.isEmpty() ? "" : ", " + before) + (end < 0 ? "" : t.substring(end));
        return (stated ? intent.group() + " " : "") + "poisoning by " + String.join(" and ", names) + rest;
    }

    /** The substances of a list ("metformin and lisinopril"), each named by the table, or empty when one is not. */
    private List<String> substances(String list, int column) {
        List<String> names = new ArrayList<>();
        for (String part : JOIN.split(list)) {
            String name = NOT_NAME.matcher(part).replaceAll(" ").replaceAll("\\s+", " ").strip();
            name = DRINK.matcher(name).matches() ? "ethanol" : name;
            if (name.isEmpty() || !onlySubstance(name, column)) {
                return List.of();
            }
            names.add(name);
        }
        return names;
    }

    /** Whether the words name only a substance of the Drug table with a code in the column. */
    private boolean onlySubstance(String name, int column) {
        Statement s = Statement.analyse(name, vocabulary);
        long words = (s.size() == 64 ? -1L : (1L << s.size()) - 1) & ~StatementWords.contextWords(s);
        Tables.Hit hit = words == 0 ? null : tables.substance(s, column);
        return hit != null && (words & ~hit.walk().required()) == 0;
    }

    /** The statement's codes {@code r} with the drug rules applied. */
    EncodeResult apply(Statement s, EncodeResult r, EncodeOptions options) {
        String t = Lower.of(s.text);
        if (r.codes().isEmpty() || !mayApply(t, r.codes())) {
            return r;
        }
        List<EncodedCode> codes = new ArrayList<>(r.codes());
        List<OpenQuestion> questions = new ArrayList<>(r.questions());
        boolean several = severalSubstances(t, codes, options, questions);
        boolean changed = anaphylaxis(t, codes, options, questions);
        changed |= fluoroquinolone(t, codes);
        changed |= noHistory(t, codes);
        changed |= underdosingIntent(t, codes, options);
        changed |= cancerChemotherapy(t, codes, options);
        // The Excludes1 notes of T36-T50 send a substance to its own category ("T43 Excludes1: methaqualone
        // (T42.6-)"); two substances of one poisoning are both coded all the same (I.C.19.e.5.b).
        return several || changed ? new EncodeResult(r.statement(), several ? Coding.dedupe(codes)
                : coding.finish(codes), questions, r.nearestTerms(), r.release()) : r;
    }

    /**
     * Literal pre-check (hot path): the join words of several substances only beside a poisoning first, an
     * underdosing code for its intent, else the words of the other rules.
     */
    private static boolean mayApply(String t, List<EncodedCode> codes) {
        if (CodeKinds.poisoning(codes.get(0).code().value()) && (t.contains(" and ") || t.contains(" with ")
                || t.contains("plus") || t.contains("&") || t.contains("+"))) {
            return true;
        }
        return t.contains("anaphyla") || t.contains("quinolone") || t.contains("floxacin") || t.contains("z92")
                || t.contains("therap") || t.contains("inhibitor") || t.contains("chemo")
                || codes.stream().anyMatch(c -> CodeKinds.underdosing(c.code().value()));
    }

    /**
     * Every substance of a poisoning coded, in the order written, each with the intent and encounter of the first
     * ("If two or more drugs, medicinal or biological substances are taken, code each individually", I.C.19.e.5.b;
     * a drug taken with alcohol: both poisonings).
     */
    private boolean severalSubstances(String t, List<EncodedCode> codes, EncodeOptions options,
            List<OpenQuestion> questions) {
        String first = codes.get(0).code().value();
        if (!CodeKinds.poisoning(first)) {
            return false;
        }
        char intent = first.charAt(5);
        List<String> names = poisoned(t, intent - '1');
        if (names.size() < 2) {
            return false;
        }
        String column = intent == '2' ? "intentional self-harm" : intent == '3' ? "assault"
                : intent == '4' ? "undetermined" : "accidental";
        List<EncodedCode> poisonings = new ArrayList<>();
        for (String name : names) {
            EncodeResult one = engine.encodePlain(column + " poisoning by " + name + encounter(first), options);
            if (one.codes().isEmpty() || !CodeKinds.poisoning(one.codes().get(0).code().value())) {
                return false;
            }
            questions.addAll(one.questions());
            poisonings.add(one.codes().get(0).withStep("one of the substances of the poisoning, each coded in the"
                    + " order written (I.C.19.e.5.b)", List.of("I.C.19.e.5.b")));
        }
        codes.removeIf(c -> CodeKinds.poisoning(c.code().value()));
        codes.addAll(0, poisonings);
        return true;
    }

    /** The substances of the statement's poisoning, each with a code in the column; empty when one has none. */
    private List<String> poisoned(String t, int column) {
        Matcher m = AFTER_VERB.matcher(t);
        Matcher b = BEFORE_VERB.matcher(t);
        String list = m.find() ? m.group(1) : b.find() ? b.group(1) : null;
        return list == null ? List.of() : substances(INTENT_WORDS.matcher(list).replaceAll(" ").strip(), column);
    }

    /** The encounter words of a T code's 7th character, for looking up the other substances the same way. */
    private static String encounter(String code) {
        char seventh = code.charAt(code.length() - 1);
        return seventh == 'D' ? ", subsequent encounter" : seventh == 'S' ? ", sequela" : ", initial encounter";
    }

    /**
     * Anaphylaxis from a drug the statement does not say was taken wrongly: "Shock, anaphylactic, due to drug or
     * medicinal substance, correct substance properly administered T88.6" (Index; T78.2 Excludes1 it), followed by
     * the drug's adverse-effect code (I.C.19.e.5.a). Vaccines have their own code (T80.52-) and are left alone.
     */
    private boolean anaphylaxis(String t, List<EncodedCode> codes, EncodeOptions options,
            List<OpenQuestion> questions) {
        int at = indexOf(codes, "T782");
        if (at < 0 || !t.contains("anaphyla") || t.contains("overdose") || t.contains("poison")
                || t.contains("wrong")) {
            return false;
        }
        String drug = causeOf(t);
        EncodedCode adverse = codes.stream().filter(c -> adverse(c.code().value())).findFirst()
                .orElse(drug == null ? null : additions.drugNamed(drug, options, questions).orElse(null));
        if (adverse == null || adverse.code().value().startsWith("T50A") || adverse.code().value().startsWith("T50B")
                || adverse.code().value().startsWith("T50Z")) {
            return false;
        }
        String v = codes.get(at).code().value();
        EncodedCode t886 = code("T88.6XX" + v.charAt(v.length() - 1), "Shock, anaphylactic, due to drug or medicinal"
                + " substance, correct substance properly administered -> T88.6 (T78.2 Excludes1 it)", options);
        if (t886 == null) {
            return false;
        }
        codes.remove(adverse);
        codes.set(at, t886.withStep("the nature of the adverse effect first, then the drug (I.C.19.e.5.a)",
                List.of("I.C.19.e.5.a")));
        codes.add(at + 1, adverse);
        return true;
    }

    /** The cause clause of the statement, when it names only a drug of the table; else null. */
    private String causeOf(String t) {
        Matcher m = CAUSE.matcher(t);
        while (m.find()) {
            int end = t.indexOf(',', m.end());
            String cause = t.substring(m.end(), end < 0 ? t.length() : end).strip();
            if (additions.onlyDrug(cause)) {
                return cause;
            }
        }
        return null;
    }

    /**
     * The fluoroquinolones' own subcategory T36.A- (new in FY2026, "Poisoning by, adverse effect of and underdosing
     * of fluoroquinolone antibiotics"): the FY2025 Drug table still lists them under T36.8- (other systemic
     * antibiotics), so the code moves when the release has T36.A (I.B.1: the Tabular List is verified).
     */
    private boolean fluoroquinolone(String t, List<EncodedCode> codes) {
        if (!t.contains("quinolone") && !t.contains("floxacin")) {
            return false;
        }
        boolean changed = false;
        for (int i = 0; i < codes.size(); i++) {
            String v = codes.get(i).code().value();
            if (v.startsWith("T368") && v.length() == 7) {
                EncodedCode moved = moved(codes.get(i), "T36AX" + v.substring(5));
                if (moved != null) {
                    codes.set(i, moved);
                    changed = true;
                }
            }
        }
        return changed;
    }

    private EncodedCode moved(EncodedCode old, String value) {
        IcdCmCode c = IcdCmCode.parse(value);
        return release.entry(c).filter(e -> e.billable()).map(e -> new EncodedCode(c, e.longTitle(),
                old.trail()).withStep("fluoroquinolone antibiotics have their own subcategory T36.A- in this release"
                        + " (FY2026 Tabular List; the Drug table in use lists them under T36.8-): " + c.dotted(),
                List.of("I.B.1", "I.C.19.e.5"))).orElse(null);
    }

    /**
     * No "personal history of drug therapy" code (Z92.2-) beside the adverse effect of a drug being taken now,
     * unless the statement says history: a history code is for a past condition or treatment (I.C.21.c.4).
     */
    private static boolean noHistory(String t, List<EncodedCode> codes) {
        if (indexOf(codes, "Z922") < 0 || codes.stream().noneMatch(c -> adverse(c.code().value()))
                || HISTORY.matcher(t).find()) {
            return false;
        }
        return codes.removeIf(c -> c.code().value().startsWith("Z922"));
    }

    /**
     * The intent of an underdosing the statement tells, instead of "other noncompliance" (Z91.14-, the bare index entry
     * "Underdosing") or added when no noncompliance code is there: forgetting is unintentional (Z91.13-), skipping on
     * purpose, by choice or for cost intentional (Z91.12-), and a caregiver's underdosing is the caregiver's (Z91.A-);
     * "noncompliance ... codes are to be used with an underdosing code to indicate intent, if known" (I.C.19.e.5.c).
     */
    private boolean underdosingIntent(String t, List<EncodedCode> codes, EncodeOptions options) {
        if (codes.stream().noneMatch(c -> CodeKinds.underdosing(c.code().value()))) {
            return false;
        }
        Underdosing.Intent how = Underdosing.intent(t);
        String z = Underdosing.intentCode(how, t);
        // A caregiver's underdosing replaces the patient's noncompliance code the words also gave (Z91.A-: the
        // caregiver's); the patient's told intent replaces only "other noncompliance" Z91.14-.
        int at = indexOf(codes, z == null || z.startsWith("Z91A") ? "Z911" : "Z9114");
        if (z == null || at < 0 && (indexOf(codes, "Z911") >= 0 || indexOf(codes, "Z91A") >= 0)) {
            return false; // no intent stated, or the intent already coded
        }
        EncodedCode intent = walker.complete(z, empty, options, -1L).map(x -> coding.coded(x, "Underdosing, "
                + how.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " -> " + z, List.of("I.C.19.e.5.c")))
                .orElse(null);
        if (intent == null) {
            return false;
        }
        intent = intent.withStep("the intent of the underdosing the statement tells (I.C.19.e.5.c)",
                List.of("I.C.19.e.5.c"));
        if (at < 0) {
            codes.add(afterUnderdosing(codes), intent); // before status codes such as Z79.4
        } else {
            codes.set(at, intent);
        }
        return true;
    }

    /**
     * A drug-induced neutropenia of chemotherapy: the index's subterm "Neutropenia, drug-induced, due to cytoreductive
     * cancer chemotherapy" D70.1, for chemotherapy by an antineoplastic (T45.1X5-) however the record words it
     * ("chemotherapy-induced", "due to chemo"); an immunosuppressant not given as chemotherapy stays D70.2
     * (I.C.2.c.2, I.C.19.e.5.a).
     */
    private boolean cancerChemotherapy(String t, List<EncodedCode> codes, EncodeOptions options) {
        int at = indexOf(codes, "D702");
        if (at < 0 || !t.contains("chemo") || indexOf(codes, "T451X5") < 0) {
            return false;
        }
        EncodedCode d701 = walker.complete("D70.1", empty, options, -1L).map(x -> coding.coded(x, "Neutropenia,"
                + " drug-induced, due to cytoreductive cancer chemotherapy -> D70.1", List.of("I.C.2.c.2")))
                .orElse(null);
        if (d701 == null) {
            return false;
        }
        codes.set(at, d701.withStep("chemotherapy by an antineoplastic drug (T45.1X5-) is the index's cytoreductive"
                + " cancer chemotherapy (I.C.19.e.5.a)", List.of("I.C.19.e.5.a")));
        return true;
    }

    /** An adverse effect: T36-T50 with 5 in the 6th character (I.C.19.e.5.a). */
    private static boolean adverse(String v) {
        return v.length() >= 6 && v.compareTo("T36") >= 0 && v.compareTo("T51") < 0 && v.charAt(5) == '5';
    }

    /** The position right after the last underdosing code. */
    private static int afterUnderdosing(List<EncodedCode> codes) {
        int at = codes.size();
        for (int i = 0; i < codes.size(); i++) {
            at = CodeKinds.underdosing(codes.get(i).code().value()) ? i + 1 : at;
        }
        return at;
    }

    private static int indexOf(List<EncodedCode> codes, String prefix) {
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i).code().value().startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private EncodedCode code(String dotted, String path, EncodeOptions options) {
        return walker.complete(dotted, empty, options, -1L)
                .map(x -> coding.coded(x, path, List.of("I.C.19.e.5.a"))).orElse(null);
    }
}
