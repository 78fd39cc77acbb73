package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.core.IcdCmCode;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;
import org.medcoder.encoder.OpenQuestion;

/**
 * The encoder for one release: index (or table) lookup, tabular verification, notes, sequencing. Built once per
 * release (compiling the index takes a moment), then thread-safe and allocation-light per statement.
 *
 * <p>Design: the statement is matched against every main term containing one of its words; each match is walked
 * down (Navigator) and the path accounting for the most words wins (coder's rule: the main term is the condition,
 * and every subterm must be supported by the statement). The tables compete with the index on the same measure
 * ({@link IndexLookup}). The winning code is completed in the Tabular List (TabularWalker), notes add paired codes
 * ({@link PairedCodes}), codes the index cannot reach are added ({@link CodeAdditions}), Excludes1 conflicts are
 * removed (I.A.12.a) and manifestations are sequenced after their etiology (I.A.13).
 */
public final class Engine {

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private final Vocabulary vocabulary = new Vocabulary();
    private final IndexLookup lookups;
    private final Tables tables;
    private final TabularWalker walker;
    private final PairedCodes paired;
    private final Classifiable classifiable;
    private final ExternalCauses externalCauses;
    private final AddedCodes added;
    private final Coding coding;
    private final CodeAdditions additions;
    private final DrugCause drugCause;
    private final NeoplasmStatements neoplasmStatements;
    private final SettingRule settingRule = new SettingRule(this);
    private final SecondCodes secondCodes;
    private final PregnancyContext pregnancy;
    private final AdverseEffects adverseEffects = new AdverseEffects(this);
    private final StatedConditions stated;
    private final InfectionNote infectionNote;
    private final Conventions conventions;
    private final StatusStatements statusStatements;
    private final String releaseName;
    private final IcdCmRelease release;

    /** Compiles the release's index and tables. */
    public Engine(IcdCmRelease release) {
        this.release = release;
        IndexGraph index = new IndexGraph(release.index(), vocabulary);
        Navigator navigator = new Navigator(index, true);
        IndexGraph neoplasms = new IndexGraph(release.neoplasmTable(), vocabulary);
        this.tables = new Tables(neoplasms, new IndexGraph(release.drugTable(), vocabulary), index, vocabulary);
        this.lookups = new IndexLookup(release, vocabulary, index, navigator, tables);
        this.walker = new TabularWalker(release, vocabulary);
        NotePairing pairing = new NotePairing(release, vocabulary, walker.titles());
        this.classifiable = new Classifiable(release);
        this.externalCauses = new ExternalCauses(release.externalCauseIndex(), vocabulary, neoplasms,
                InjuryCauses.skinObjects(release));
        this.added = new AddedCodes(release, vocabulary, walker.titles());
        this.releaseName = "ICD-10-CM " + release.info().version();
        this.coding = new Coding(release, releaseName);
        this.paired = new PairedCodes(pairing, tables, walker, coding);
        this.additions = new CodeAdditions(vocabulary, tables, walker, coding);
        this.drugCause = new DrugCause(vocabulary, additions, lookups::lookup);
        this.neoplasmStatements = new NeoplasmStatements(walker, coding, vocabulary, classifiable);
        PastCondition pastCondition = new PastCondition(walker, coding, classifiable, vocabulary, release);
        this.secondCodes = new SecondCodes(this, coding, pastCondition);
        this.pregnancy = new PregnancyContext(this, release, walker, coding);
        this.stated = new StatedConditions(this, release, coding, walker, additions, pastCondition);
        this.infectionNote = new InfectionNote(this, release);
        this.conventions = new Conventions(this, release, walker, coding, vocabulary, additions, tables);
        this.statusStatements = new StatusStatements(new ReceptorStatus(release, walker, coding,
                Statement.analyse("", vocabulary)), conventions.drugs(),
                new FamilyHistory(release, walker, coding, classifiable, vocabulary),
                new Exposure(walker, coding, vocabulary), new AbuseRuledOut(walker, coding, vocabulary, releaseName));
    }

    /** Encodes one statement; an uncertain diagnosis is coded as the care setting requires ({@link SettingRule}). */
    public EncodeResult encode(String statement, EncodeOptions options) {
        String t = statement == null ? "" : statement; // a ';' list: each part a diagnosis (IV.J, DiagnosisList)
        return CallMemo.during(() -> DiagnosisList.encode(t, FamilyHistory.withoutDenied(RuledOut.without(t)), p -> settingRule.encode(p, options)));
    }

    /** The release's name, e.g. {@code ICD-10-CM FY2026}. */
    String releaseName() {
        return releaseName;
    }

    /**
     * Encodes a statement without uncertain diagnoses. Clauses stating long-term drug use, a status or a history
     * are coded apart, after the condition ({@link SecondCodes}; I.C.21.c.3, I.C.21.c.4).
     */
    EncodeResult encodeCertain(String statement, EncodeOptions options) { // a list of symptoms: each (SymptomList)
        return SymptomList.apply(statement, certain(statement, options, true), p -> certain(p, options, true));
    }

    private EncodeResult certain(String statement, EncodeOptions options, boolean relatives) {
        // Receptor status beside a malignancy (Z17, C50 note); a routine examination with findings (I.C.21.c.12).
        EncodeResult withStatus = statement == null ? null : statusStatements.encode(statement, options, relatives,
                part -> certain(part, options, relatives), part -> certain(part, options, false));
        if (withStatus != null) {
            return withStatus;
        }
        // Chapter 2 combinations (primary with metastases, anemia in neoplasm, Z51 encounters): part by part (I.C.2).
        EncodeResult combined = statement == null ? null
                : neoplasmStatements.encode(statement, options, part -> certain(part, options, relatives),
                        part -> encodeSingle(part, options));
        return combined != null ? combined : encodeSingle(statement, options);
    }

    /** Encodes a statement: index or table path, notes, added codes, stated clauses (I.A.13), conventions. */
    private EncodeResult encodeSingle(String statement, EncodeOptions options) {
        return CallMemo.single(statement, options, () -> {
            Statement analysed = CallMemo.analysed(BodyMassIndex.wholeValue(statement == null ? "" : statement),
                    vocabulary);
            StatedClauses.Split split = StatedClauses.split(analysed.expanded);
            EncodeResult withClauses = split == null ? null : secondCodes.encode(analysed.text, split, options);
            return conventions.apply(analysed, stated.apply(analysed, withClauses != null ? withClauses
                    : encodeAnalysed(analysed, options), options), options);
        });
    }

    /** Encodes a statement as one condition (no clauses coded apart). */
    EncodeResult encodePlain(String statement, EncodeOptions options) {
        return CallMemo.plain(statement, options,
                () -> encodeAnalysed(CallMemo.analysed(statement, vocabulary), options));
    }

    /** The statement's codes, a drug's code beside its effect (I.C.19.e.5), pregnancy context (I.C.15.a.1). */
    private EncodeResult encodeAnalysed(Statement analysed, EncodeOptions options) {
        EncodeResult r = adverseEffects.apply(analysed, encodeIndex(analysed, options), options);
        return pregnancy.apply(analysed, infectionNote.apply(analysed, r, options), options);
    }

    private EncodeResult encodeIndex(Statement analysed, EncodeOptions options) {
        // A drug cause worded without "due to" ("steroid-induced", "from", "after starting") reads as "due to" it.
        Statement s = drugCause.reworded(analysed);
        Lookup found = additions.unlessOnlyDrugName(s, lookups.lookup(s));
        EncodeResult cause = externalCauseOnly(s, found, options);
        if (cause != null) {
            return cause;
        }
        AddedCodes.Match newer = added.best(s);
        if (found == null || newer != null
                && (CodeAdditions.replaces(newer, found, s) || added.renames(newer, found, s))) {
            List<OpenQuestion> qs = new ArrayList<>();
            EncodedCode only = newer == null ? null : additions.addedCode(newer, found, options, qs);
            if (only == null) {
                return new EncodeResult(s.text, List.of(), List.of(), lookups.nearest(s), releaseName);
            }
            return new EncodeResult(s.text, addedOnly(only, s, analysed, options, qs), qs, List.of(), releaseName);
        }
        // The side written out first ("cataract OS" stays "left eye"), the reference's words after it in a clause of
        // their own, which no negation of the statement reaches ("... leg without abscess": lower limb, L03.115; I.B.1).
        Statement verified = found.guide.isEmpty() && found.missing.isEmpty() ? s : Statement.analyse(
                SideWording.rewrite(Lower.of(s.text)) + "; " + found.missing + " " + found.guide, vocabulary);
        long guided = guided(s, verified, found);
        long referred = found.referred != 0 && unspecifiedTitle(found.code) ? found.referred : 0L;
        Optional<TabularWalker.Result> main = walker.complete(found.code, verified, options,
                (found.covered & ~referred) | guided);
        if (main.isEmpty()) {
            return new EncodeResult(s.text, List.of(), List.of(), lookups.nearest(s), releaseName);
        }
        return encodeFound(s, analysed, found, newer, main.get(), options);
    }

    /**
     * The codes of a statement coded by a code added since the index alone ("serotonin syndrome due to sertraline
     * taken as prescribed": G90.81): the drug of a condition a drug caused (I.C.19.e.5.a) and the values the
     * statement states (Z68 BMI after an obesity class E66.81-, I.C.21.c.3) follow it, as after an index code.
     */
    private List<EncodedCode> addedOnly(EncodedCode only, Statement s, Statement analysed, EncodeOptions options,
            List<OpenQuestion> qs) {
        List<EncodedCode> all = new ArrayList<>(List.of(only));
        int cause = s.expanded.indexOf(" due to ");
        if (cause > 0 && (s != analysed || StatementWords.asPrescribedWords(s) != 0)
                && !CodeAdditions.adverseEffect(only)) {
            additions.drugNamed(s.expanded.substring(cause + 8), options, qs).ifPresent(all::add); // the cause clause
        }
        additions.statedValues(s, all, options);
        return coding.finish(all);
    }

    /**
     * Whether the index code's title says "unspecified": a word the coder was sent away from by "see" ("Thrombosis,
     * artery, cerebral, see Occlusion" -> I63.51- "... unspecified occlusion or stenosis ...") is then a detail
     * the statement does specify, and the Tabular List check may move to the sibling naming it (I63.31-
     * "... thrombosis ...", I.A.16, I.B.1). A code that is not "unspecified" keeps the word as explained.
     */
    private boolean unspecifiedTitle(String indexCode) {
        try {
            IcdCmCode c = IcdCmCode.parse(indexCode.replace("-", "").replace(".", "").strip());
            return release.entry(c).map(e -> e.longTitle().toLowerCase(java.util.Locale.ROOT).contains("unspecified"))
                    .orElse(false);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Words of the cross-references followed guide the Tabular List walk; words of a reference the index lacks
     * are details the Tabular List check must find (I.B.1). Only the latter may move the code to a sibling, so
     * the former (as bits of {@code verified}) are returned to count as covered.
     */
    private long guided(Statement s, Statement verified, Lookup found) {
        long guided = 0;
        if (!found.guide.isEmpty() || !found.missing.isEmpty()) {
            List<String> missing = Words.stems(found.missing);
            for (String g : Words.stems(found.guide)) {
                if (!missing.contains(g) && !s.has(g)) {
                    guided |= verified.bit(vocabulary.lookup(g));
                }
            }
        }
        return guided;
    }

    /** The codes of a statement whose index path was completed in the Tabular List to {@code main}. */
    private EncodeResult encodeFound(Statement s, Statement analysed, Lookup found, AddedCodes.Match newer,
            TabularWalker.Result main, EncodeOptions options) {
        List<EncodedCode> before = new ArrayList<>();
        List<EncodedCode> after = new ArrayList<>();
        List<OpenQuestion> questions = new ArrayList<>(main.questions());
        TabularWalker.Result mainResult = classifiable.applies(main.code()) ? byCondition(main, found, s, options) : main;
        EncodedCode primary = coding.coded(mainResult, found.path + " -> " + found.code, found.guidelines);
        if (!found.manifestation.isEmpty()) {
            walker.complete(found.manifestation, s, options, -1L).ifPresent(r -> {
                questions.addAll(r.questions());
                after.add(coding.coded(r, found.path + " -> [" + found.manifestation + "] manifestation, never first",
                        List.of("I.A.13")));
            });
        }
        long explained = found.covered | mainResult.used();
        paired.pair(primary, s, explained, options, questions, before, after, false);
        // A paired code's own "use additional code" notes apply too ("HTN with ESRD on hemodialysis": I12.0 pairs
        // N18.6, whose note asks for the dialysis status Z99.2; I.A.13).
        // (Those before the main code too: "anemia in ESRD on hemodialysis", N18.6 asks for Z99.2.)
        for (EncodedCode p : java.util.stream.Stream.concat(before.stream(), after.stream()).toList()) {
            paired.pair(p, s, explained, options, questions, before, after, true);
        }
        if (s != analysed && before.stream().noneMatch(CodeAdditions::adverseEffect)
                && after.stream().noneMatch(CodeAdditions::adverseEffect) && !CodeAdditions.adverseEffect(primary)) {
            additions.drugOfAdverseEffect(s, options, questions).ifPresent(after::add);
        }
        List<EncodedCode> all = new ArrayList<>(before);
        all.add(primary);
        otherSide(primary, s, options, questions).ifPresent(all::add);
        all.addAll(after);
        addTrailing(all, primary, s, found, newer, explained, options, questions);
        return new EncodeResult(s.text, coding.finish(all), questions, List.of(), releaseName);
    }

    /** Codes after the condition's: added since the index, stated values, external causes; no O code sans pregnancy. */
    private void addTrailing(List<EncodedCode> all, EncodedCode primary, Statement s, Lookup found,
            AddedCodes.Match newer, long explained, EncodeOptions options, List<OpenQuestion> questions) {
        if (newer != null && !newer.byCore() && !newer.entry().code().category().equals(primary.code().category())
                && (newer.mask() & StatementWords.unexplained(s, explained)) != 0) {
            // A code added since the index for words the index path left unexplained ("treatment resistant
            // essential hypertension": I10, then I1A.0 "Resistant hypertension"), after the index code.
            EncodedCode more = additions.addedCode(newer, found, options, questions);
            if (more != null) {
                all.add(more);
            }
        }
        // A paired chapter 15 code ("code first ... complicating pregnancy ..., if applicable") needs a pregnancy (I.C.15.a).
        all.removeIf(c -> c != primary && c.code().value().startsWith("O") && !Gestation.obstetric(s.expanded));
        additions.statedValues(s, all, options);
        if (ExternalCauses.injury(primary.code().value()) && !ExternalCauses.toldBy(all, primary)) {
            // How the injury happened, from the Index to External Causes, after the injury codes (I.C.20.a).
            EncodedCode how = externalCause(s, primary, StatementWords.unexplained(s, explained), options, questions);
            // Objects and animals a person meets cause injuries and burns (S00-T34), not T66-T78 conditions.
            boolean physical = primary.code().value().compareTo("T35") < 0;
            Navigator.Walk stated = how == null && physical ? externalCauses.stated(s, primary.title(),
                    StatementWords.unexplained(s, explained)) : null;
            if (stated != null) {
                // The cause the statement states in words the injury's path used too ("dog bite": W54.0; I.C.20.a).
                how = externalCause(s, stated, options, questions);
            }
            // How it happened (I.C.20.a), then the activity stated "while ...", at the initial encounter (I.C.20.c).
            Optional.ofNullable(how).ifPresent(all::add);
            Optional.ofNullable(externalCauses.activity(s, primary.code().value()))
                    .map(w -> externalCause(s, w, options, questions)).ifPresent(all::add);
            // Then the place and status the statement documents (I.C.20.b, I.C.20.d, I.C.20.k).
            externalCauses.setting(s, primary.code().value(), all.stream().map(c -> c.code().value())
                    .filter(ExternalCauses::cause).toList()).forEach(w -> Optional.ofNullable(
                    externalCause(s, w, options, questions)).ifPresent(all::add));
            EventSetting.order(all);
        }
    }

    /** The left-side code after a right-side code the Tabular walk chose for a bilateral statement (I.B.13). */
    private Optional<EncodedCode> otherSide(EncodedCode primary, Statement s, EncodeOptions options,
            List<OpenQuestion> questions) {
        if (!BothSides.bilateral(s) || primary.trail().tabular().stream().noneMatch(x -> x.endsWith(BothSides.STEP))) {
            return Optional.empty();
        }
        return walker.bothSides().left(primary.code()).flatMap(l -> walker.complete(l.value(), s, options, -1L))
                .map(r -> coding.coded(r, "left side of the bilateral condition coded " + primary.code().dotted()
                        + " for the right side: " + BothSides.STEP, List.of("I.B.13")));
    }

    /**
     * For a code chosen by "Conditions classifiable to ..." inclusion terms (family and personal history,
     * Guideline I.A.11): when the statement names more than the index path used, the condition itself (the
     * statement without the index context, e.g. "History, family") is coded and the code of the category whose
     * inclusion term covers it is taken ("family history of malignant neoplasm of colon": C18.9 -> Z80.0).
     */
    private TabularWalker.Result byCondition(TabularWalker.Result r, Lookup found, Statement s, EncodeOptions options) {
        long known = found.covered | r.used();
        boolean fresh = false;
        for (int i = 0; i < s.stems.length; i++) {
            fresh |= (known & (1L << i)) == 0 && !s.stems[i].startsWith("~");
        }
        if (!fresh) {
            return r;
        }
        String nested = withoutContext(s, found);
        EncodeResult inner = encode(nested.strip(), EncodeOptions.defaults());
        if (inner.codes().isEmpty() || nested.length() >= s.expanded.length()) {
            return r;
        }
        EncodedCode condition = inner.codes().get(0);
        Optional<Classifiable.Pointer> target = classifiable.target(r.code(), condition.code());
        if (target.isEmpty()) {
            return r;
        }
        Optional<TabularWalker.Result> down = walker.complete(target.get().code().value(), s, options, -1L);
        if (down.isEmpty()) {
            return r;
        }
        IcdCmCode to = down.get().code();
        List<String> steps = new ArrayList<>(r.steps());
        steps.add("tabular check: " + r.code().dotted() + " -> " + target.get().code().dotted()
                + ": its inclusion term \"" + target.get().text() + "\" covers " + condition.code().dotted() + " "
                + condition.title() + " (" + condition.trail().indexPath() + ")");
        steps.addAll(down.get().steps());
        Set<String> g = new LinkedHashSet<>(r.guidelines());
        g.add("I.A.11");
        return new TabularWalker.Result(to, steps, down.get().questions(), g, r.used());
    }

    /** The statement's words (each followed by a space) without those of the index path's context terms. */
    private String withoutContext(Statement s, Lookup found) {
        long context = 0;
        for (Node n : found.context) {
            context |= Math.max(0, s.match(n)) | s.optional(n);
        }
        StringBuilder nested = new StringBuilder();
        for (String token : NOT_WORD.split(s.expanded)) {
            int id = token.isEmpty() ? -1 : vocabulary.lookup(Words.stem(token));
            if (id < 0 || (s.bit(id) & context) == 0) {
                nested.append(token).append(' ');
            }
        }
        return nested.toString();
    }

    /**
     * A statement that only says how something happened ("fall from ladder, initial encounter"): the Index to
     * External Causes accounts for more of it than the Alphabetic Index, whose best code is no injury. Only looked
     * at when the Alphabetic Index leaves words unexplained (hot path). External cause codes are never
     * first-listed on a claim (I.C.20.a); for such a statement it is still the only code there is.
     */
    private EncodeResult externalCauseOnly(Statement s, Lookup found, EncodeOptions options) {
        long all = s.size() == 64 ? -1L : (1L << s.size()) - 1;
        if (found != null && (ExternalCauses.injury(found.code)
                || (StatementWords.unexplained(s, found.covered) & all) == 0)) {
            return null;
        }
        Navigator.Walk w = externalCauses.find(s, all);
        if (w == null || found != null && w.score() <= found.score) {
            return null;
        }
        List<OpenQuestion> questions = new ArrayList<>();
        EncodedCode how = externalCause(s, w, options, questions);
        return how == null ? null : new EncodeResult(s.text, List.of(how), questions, List.of(), releaseName);
    }

    private EncodedCode externalCause(Statement s, EncodedCode hurt, long left, EncodeOptions o, List<OpenQuestion> q) {
        Navigator.Walk w = externalCauses.how(hurt.code().value(), hurt.title(), s, left);
        return w == null ? null : externalCause(s, w, o, q);
    }

    private EncodedCode externalCause(Statement s, Navigator.Walk w, EncodeOptions o, List<OpenQuestion> q) {
        Lookup l = Lookup.of(w);
        Optional<TabularWalker.Result> r = l == null ? Optional.empty() : walker.complete(l.code, s, o, -1L);
        if (r.isEmpty()) {
            return null;
        }
        q.addAll(r.get().questions());
        Set<String> g = new LinkedHashSet<>(l.guidelines);
        g.add(EventSetting.section(l.code));
        return coding.coded(r.get(), "Index to External Causes: " + l.path + " -> " + l.code, g);
    }
}
