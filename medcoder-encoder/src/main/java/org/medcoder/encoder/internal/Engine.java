package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medcoder.codesets.CodeRange;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.NoteKind;
import org.medcoder.core.IcdCmCode;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;
import org.medcoder.encoder.OpenQuestion;
import org.medcoder.encoder.Trail;

/**
 * The encoder for one release: index (or table) lookup, tabular verification, notes, sequencing. Built once per
 * release (compiling the index takes a moment), then thread-safe and allocation-light per statement.
 *
 * <p>Design: the statement is matched against every main term containing one of its words; each match is walked
 * down (Navigator) and the path accounting for the most words wins (coder's rule: the main term is the condition,
 * and every subterm must be supported by the statement). The tables compete with the index on the same measure.
 * The winning code is completed in the Tabular List (TabularWalker), notes add paired codes (NotePairing),
 * Excludes1 conflicts are removed (I.A.12.a) and manifestations are sequenced after their etiology (I.A.13).
 */
public final class Engine {

    private final IcdCmRelease release;
    private final Vocabulary vocabulary = new Vocabulary();
    private final IndexGraph index;
    private final Navigator navigator;
    private final Tables tables;
    private final TabularWalker walker;
    private final NotePairing pairing;
    private final Classifiable classifiable;
    private final ExternalCauses externalCauses;
    private final AddedCodes added;
    private final SettingRule settingRule = new SettingRule(this);
    private final String releaseName;
    private final java.util.concurrent.ConcurrentHashMap<String, List<CodeRange>> excludes1 =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Compiles the release's index and tables. */
    public Engine(IcdCmRelease release) {
        this.release = release;
        this.index = new IndexGraph(release.index(), vocabulary);
        this.navigator = new Navigator(index, true);
        this.tables = new Tables(new IndexGraph(release.neoplasmTable(), vocabulary),
                new IndexGraph(release.drugTable(), vocabulary));
        this.walker = new TabularWalker(release, vocabulary);
        this.pairing = new NotePairing(release, vocabulary, walker.titles());
        this.classifiable = new Classifiable(release);
        this.externalCauses = new ExternalCauses(release.externalCauseIndex(), vocabulary);
        this.added = new AddedCodes(release, vocabulary, walker.titles());
        this.releaseName = "ICD-10-CM " + release.info().version();
    }

    /**
     * Encodes one statement. A diagnosis the statement qualifies as uncertain ("probable", "rule out" ...) is coded
     * as the care setting requires ({@link SettingRule}); the rest is coded as written.
     */
    public EncodeResult encode(String statement, EncodeOptions options) {
        String t = statement == null ? "" : statement;
        Uncertainty.Split split = Uncertainty.of(t.length() > Statement.MAX_CHARS ? t.substring(0, Statement.MAX_CHARS) : t);
        return split == null ? encodeCertain(t, options) : settingRule.encode(t, split, options);
    }

    /** The release's name, e.g. {@code ICD-10-CM FY2026}. */
    String releaseName() {
        return releaseName;
    }

    /** Encodes a statement without uncertain diagnoses. */
    EncodeResult encodeCertain(String statement, EncodeOptions options) {
        Statement analysed = Statement.analyse(statement == null ? "" : statement, vocabulary);
        Statement s = drugCaused(analysed);
        Lookup found = lookup(s);
        EncodeResult cause = externalCauseOnly(s, found, options);
        if (cause != null) {
            return cause;
        }
        AddedCodes.Match newer = added.best(s);
        if (found == null || newer != null && replaces(newer, found, s)) {
            List<OpenQuestion> qs = new ArrayList<>();
            EncodedCode only = newer == null ? null : addedCode(newer, found, options, qs);
            if (only == null) {
                return new EncodeResult(s.text, List.of(), List.of(), nearest(s), releaseName);
            }
            return new EncodeResult(s.text, List.of(only), qs, List.of(), releaseName);
        }
        // Words of the cross-references followed guide the Tabular List walk; words of a reference the index lacks
        // are details the Tabular List check must find (I.B.1). Only the latter may move the code to a sibling.
        Statement verified = s;
        long guided = 0;
        if (!found.guide.isEmpty() || !found.missing.isEmpty()) {
            verified = Statement.analyse(s.text + " " + found.missing + " " + found.guide, vocabulary);
            java.util.List<String> missing = Words.stems(found.missing);
            for (String g : Words.stems(found.guide)) {
                if (!missing.contains(g) && !s.has(g)) {
                    guided |= verified.bit(vocabulary.lookup(g));
                }
            }
        }
        Optional<TabularWalker.Result> main = walker.complete(found.code, verified, options, found.covered | guided);
        if (main.isEmpty()) {
            return new EncodeResult(s.text, List.of(), List.of(), nearest(s), releaseName);
        }
        List<EncodedCode> before = new ArrayList<>();
        List<EncodedCode> after = new ArrayList<>();
        List<OpenQuestion> questions = new ArrayList<>(main.get().questions());
        TabularWalker.Result mainResult = classifiable.applies(main.get().code())
                ? byCondition(main.get(), found, s, options) : main.get();
        EncodedCode primary = coded(mainResult, found.path + " -> " + found.code, found.guidelines);
        if (!found.manifestation.isEmpty()) {
            walker.complete(found.manifestation, s, options, -1L).ifPresent(r -> {
                questions.addAll(r.questions());
                after.add(coded(r, found.path + " -> [" + found.manifestation + "] manifestation, never first",
                        Set.of("I.A.13")));
            });
        }
        long explained = found.covered | mainResult.used();
        pair(primary, s, explained, options, questions, before, after, false);
        // A paired code's own "use additional code" notes apply too ("HTN with ESRD on hemodialysis": I12.0 pairs
        // N18.6, whose note asks for the dialysis status Z99.2; I.A.13).
        for (EncodedCode paired : List.copyOf(after)) {
            pair(paired, s, explained, options, questions, before, after, true);
        }
        if (s != analysed && before.stream().noneMatch(Engine::adverseEffectCode)
                && after.stream().noneMatch(Engine::adverseEffectCode) && !adverseEffectCode(primary)) {
            drugOfAdverseEffect(s, options, questions).ifPresent(after::add);
        }
        List<EncodedCode> all = new ArrayList<>(before);
        all.add(primary);
        all.addAll(after);
        if (newer != null && !newer.entry().code().category().equals(primary.code().category())
                && (newer.mask() & unexplained(s, found.covered | mainResult.used())) != 0) {
            // A code added since the index for words the index path left unexplained ("treatment resistant
            // essential hypertension": I10, then I1A.0 "Resistant hypertension"), after the index code.
            EncodedCode more = addedCode(newer, found, options, questions);
            if (more != null) {
                all.add(more);
            }
        }
        statedValues(s, all, options);
        if (ExternalCauses.injury(primary.code().value())) {
            // How the injury happened, from the Index to External Causes, after the injury codes (I.C.20.a).
            EncodedCode how = externalCause(s, unexplained(s, found.covered | mainResult.used()), options, questions);
            if (how != null) {
                all.add(how);
            }
        }
        return new EncodeResult(s.text, resolveExcludes1(dedupe(all)), questions, List.of(), releaseName);
    }

    /**
     * For a code chosen by "Conditions classifiable to ..." inclusion terms (family and personal history,
     * Guideline I.A.11): when the statement names more than the index path used, the condition itself (the
     * statement without the index context, e.g. "History, family") is coded and the code of the category whose
     * inclusion term covers it is taken ("family history of malignant neoplasm of colon": C18.9 -> Z80.0).
     */
    private TabularWalker.Result byCondition(TabularWalker.Result r, Lookup found, Statement s,
            EncodeOptions options) {
        long known = found.covered | r.used();
        boolean fresh = false;
        for (int i = 0; i < s.stems.length; i++) {
            fresh |= (known & (1L << i)) == 0 && !s.stems[i].startsWith("~");
        }
        if (!fresh) {
            return r;
        }
        long context = 0;
        for (Node n : found.context) {
            context |= Math.max(0, s.match(n)) | s.optional(n);
        }
        StringBuilder nested = new StringBuilder();
        for (String token : s.expanded.split("[^a-z0-9]+")) {
            int id = token.isEmpty() ? -1 : vocabulary.lookup(Words.stem(token));
            if (id < 0 || (s.bit(id) & context) == 0) {
                nested.append(token).append(' ');
            }
        }
        EncodeResult inner = encode(nested.toString().strip(), EncodeOptions.defaults());
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

    /** Adds the codes the notes of {@code source} pair for the statement (I.A.13); {@code additionalOnly}: no "code first". */
    private void pair(EncodedCode source, Statement s, long explained, EncodeOptions options,
            List<OpenQuestion> questions, List<EncodedCode> before, List<EncodedCode> after, boolean additionalOnly) {
        List<NotePairing.Pair> pairs = new ArrayList<>();
        List<NotePairing.Pair> additional = new ArrayList<>();
        for (NotePairing.Pair p : pairing.pairs(source.code(), s, explained, additionalOnly)) {
            (p.first() ? pairs : additional).add(p);
        }
        // Several "use additional code" phrases of one list ("urinary frequency", "nocturia" at N40.1) in code order.
        additional.sort((a, b) -> a.code().compareTo(b.code()));
        pairs.addAll(additional);
        for (NotePairing.Pair p : pairs) {
            if (additionalOnly && p.first()) {
                continue;
            }
            String paired = p.code().value();
            String via = "";
            if (identifiesDrug(p) && p.first()) {
                // "Code first (T36-T65 ...1-4 or 6)" asks for a poisoning; an adverse effect's drug code follows
                // the nature of the effect, never before it (I.C.19.e.5.a, I.C.19.e.5.b).
                continue;
            }
            if (identifiesDrug(p)) {
                // The drug of an adverse effect comes from the Table of Drugs and Chemicals, never from a title.
                Tables.Hit drug = tables.adverseEffect(s);
                if (drug == null) {
                    continue;
                }
                paired = drug.code();
                via = "; " + Lookup.of(drug, "Table of Drugs and Chemicals").path;
            }
            Optional<TabularWalker.Result> r = walker.complete(paired, s, options, -1L);
            if (r.isEmpty()) {
                continue;
            }
            questions.addAll(r.get().questions());
            String how = (p.first() ? "code first" : "use additional code") + " note at " + p.note().at() + ": "
                    + p.note().note().text() + via;
            EncodedCode ec = coded(r.get(), how, Set.of("I.A.13", "I.B.1"));
            (p.first() ? before : after).add(ec);
        }
    }

    /**
     * A statement that only says how something happened ("fall from ladder, initial encounter"): the Index to
     * External Causes accounts for more of it than the Alphabetic Index, whose best code is no injury. Only looked
     * at when the Alphabetic Index leaves words unexplained (hot path). External cause codes are never
     * first-listed on a claim (I.C.20.a); for such a statement it is still the only code there is.
     */
    private EncodeResult externalCauseOnly(Statement s, Lookup found, EncodeOptions options) {
        long all = s.size() == 64 ? -1L : (1L << s.size()) - 1;
        if (found != null && (ExternalCauses.injury(found.code) || (unexplained(s, found.covered) & all) == 0)) {
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

    private EncodedCode externalCause(Statement s, long words, EncodeOptions options, List<OpenQuestion> questions) {
        Navigator.Walk w = words == 0 ? null : externalCauses.find(s, words);
        return w == null ? null : externalCause(s, w, options, questions);
    }

    private EncodedCode externalCause(Statement s, Navigator.Walk w, EncodeOptions options,
            List<OpenQuestion> questions) {
        Lookup l = Lookup.of(w);
        Optional<TabularWalker.Result> r = l == null ? Optional.empty() : walker.complete(l.code, s, options, -1L);
        if (r.isEmpty()) {
            return null;
        }
        questions.addAll(r.get().questions());
        Set<String> g = new LinkedHashSet<>(l.guidelines);
        g.add("I.C.20.a");
        return coded(r.get(), "Index to External Causes: " + l.path + " -> " + l.code, g);
    }

    /** Statement words not in the mask, other than negated ones and encounter/laterality words. */
    private static long unexplained(Statement s, long covered) {
        long out = 0;
        for (int i = 0; i < s.stems.length; i++) {
            if ((covered & (1L << i)) == 0 && !s.stems[i].startsWith("~") && !CONTEXT.contains(s.stems[i])) {
                out |= 1L << i;
            }
        }
        return out;
    }

    private static long contextWords(Statement s) {
        long out = 0;
        for (int i = 0; i < s.stems.length; i++) {
            out |= CONTEXT.contains(s.stems[i]) ? 1L << i : 0;
        }
        return out;
    }

    private static final Set<String> CONTEXT = Set.of(Words.stem("initial"), Words.stem("subsequent"),
            Words.stem("sequela"), Words.stem("encounter"), Words.stem("right"), Words.stem("left"),
            Words.stem("bilateral"), Words.stem("closed"), Words.stem("open"), Words.stem("routine"),
            Words.stem("healing"));

    /**
     * A condition "due to" a substance of the Table of Drugs and Chemicals is drug-induced: the index words it
     * "drug-induced" or "due to, medicament" (Hypothyroidism, due to, medicament NEC), never by the drug's name.
     * The statement gets those words when its cause clause is exactly a drug of the table (I.A.15, I.C.19.e.5.a).
     */
    private Statement drugCaused(Statement s) {
        if (s.head == 0) {
            return s;
        }
        // Encounter and laterality words ("cough due to lisinopril, initial encounter") belong to no clause.
        long cause = (s.size() == 64 ? -1L : (1L << s.size()) - 1) & ~s.head & ~contextWords(s);
        Tables.Hit drug = cause == 0 ? null : tables.adverseEffect(s);
        if (drug == null || (cause & ~drug.walk().required()) != 0) {
            return s;
        }
        return Statement.analyse(s.text + "; drug-induced due to medicament", vocabulary);
    }

    /**
     * Whether a code added since the index replaces the index path: its title names every statement word the path
     * accounts for and more ("suprapubic pain": "Pain" R52 vs R10.24 "Suprapubic pain", new in FY2024).
     */
    private static boolean replaces(AddedCodes.Match m, Lookup found, Statement s) {
        long words = found.covered & ~encounterWords(s);
        return (m.mask() & words) == words && (m.mask() & ~words) != 0;
    }

    /** The code for a title match among the codes added since the index, with its trail. */
    private EncodedCode addedCode(AddedCodes.Match m, Lookup found, EncodeOptions options, List<OpenQuestion> questions) {
        Optional<TabularWalker.Result> r = walker.complete(m.entry().code().value(), Statement.analyse("", vocabulary),
                options, -1L);
        if (r.isEmpty()) {
            return null;
        }
        questions.addAll(r.get().questions());
        String why = "no index entry: " + m.entry().code().dotted() + " was added to the classification after the"
                + " index in use; reached through its Tabular List title, which the statement supports word"
                + " for word: " + m.entry().longTitle()
                + (found == null ? "" : " (the index path " + found.path + " -> " + found.code + " explains less)");
        return coded(r.get(), why, Set.of("I.A.11"));
    }

    private static long encounterWords(Statement s) {
        long m = 0;
        for (int i = 0; i < s.stems.length; i++) {
            m |= ENCOUNTER.contains(s.stems[i]) ? 1L << i : 0;
        }
        return m;
    }

    private static final Set<String> ENCOUNTER = Set.of(Words.stem("initial"), Words.stem("subsequent"),
            Words.stem("sequela"), Words.stem("encounter"));

    /**
     * The drug of a condition the statement says a drug caused, when no note paired it: the nature of the adverse
     * effect is coded first, then the drug's adverse-effect code from the Table of Drugs and Chemicals (I.C.19.e.5.a).
     */
    private Optional<EncodedCode> drugOfAdverseEffect(Statement s, EncodeOptions options, List<OpenQuestion> questions) {
        Tables.Hit drug = tables.adverseEffect(s);
        Optional<TabularWalker.Result> r = drug == null ? Optional.empty() : walker.complete(drug.code(), s, options, -1L);
        r.ifPresent(x -> questions.addAll(x.questions()));
        return r.map(x -> coded(x, Lookup.of(drug, "Table of Drugs and Chemicals").path + " -> " + drug.code()
                + " (adverse effect of the drug that caused the condition)", Set.of("I.C.19.e.5.a")));
    }

    /**
     * Codes for values the statement states, after the codes of the conditions: Z3A for the weeks of a pregnancy
     * (chapter 15 note; I.C.21.c.11), Z68 for a BMI value (E66 note; I.C.21.c.3), each unless already coded.
     */
    private void statedValues(Statement s, List<EncodedCode> all, EncodeOptions options) {
        String z3a = Gestation.weeksCode(s.expanded, all.get(0).code().value());
        String z68 = BodyMassIndex.code(s.expanded);
        for (String[] v : new String[][] {{z3a, "chapter 15: code from category Z3A, Weeks of gestation, to identify "
                + "the specific week of the pregnancy", "I.C.21.c.11"}, {z68, "E66 and other categories: code to "
                + "identify body mass index (BMI), if known (Z68.-), the range holding the stated value", "I.C.21.c.3"}}) {
            if (v[0] != null && all.stream().noneMatch(c -> c.code().value().startsWith(v[0].substring(0, 3)))) {
                walker.complete(v[0], s, options, -1L).ifPresent(r -> all.add(coded(r, "use additional code note at "
                        + v[1], Set.of(v[2]))));
            }
        }
    }

    private static boolean adverseEffectCode(EncodedCode c) {
        String v = c.code().value();
        return v.compareTo("T36") >= 0 && v.compareTo("T51") < 0;
    }

    /** Whether the note pairs an adverse-effect code of a drug (T36-T50), i.e. names only codes of that range. */
    private static boolean identifiesDrug(NotePairing.Pair p) {
        String c = p.code().value();
        return c.compareTo("T36") >= 0 && c.compareTo("T51") < 0;
    }

    private EncodedCode coded(TabularWalker.Result r, String path, Set<String> guidelines) {
        Set<String> g = new LinkedHashSet<>(List.of("I.B.1"));
        g.addAll(guidelines);
        g.addAll(r.guidelines());
        g.addAll(Guidelines.forCode(r.code()));
        String title = release.entry(r.code()).map(e -> e.longTitle()).orElse("");
        return new EncodedCode(r.code(), title, new Trail(path, r.steps(), List.copyOf(g), releaseName));
    }

    private static List<EncodedCode> dedupe(List<EncodedCode> codes) {
        Map<IcdCmCode, EncodedCode> seen = new java.util.LinkedHashMap<>();
        for (EncodedCode c : codes) {
            seen.putIfAbsent(c.code(), c);
        }
        return List.copyOf(seen.values());
    }

    /** Two codes in an Excludes1 relation are never reported together (I.A.12.a): the later one is dropped. */
    private List<EncodedCode> resolveExcludes1(List<EncodedCode> codes) {
        List<EncodedCode> kept = new ArrayList<>();
        for (EncodedCode c : codes) {
            boolean excluded = false;
            for (EncodedCode k : kept) {
                excluded |= excludes(k.code(), c.code()) || excludes(c.code(), k.code());
            }
            if (!excluded) {
                kept.add(c);
            }
        }
        return kept;
    }

    private boolean excludes(IcdCmCode a, IcdCmCode b) {
        List<CodeRange> known = excludes1.get(a.value());
        for (CodeRange r : known != null ? known : excludes1.computeIfAbsent(a.value(), k -> release.notes(a).stream()
                .filter(n -> n.note().kind() == NoteKind.EXCLUDES1)
                .flatMap(n -> n.note().references().stream()).toList())) {
            if (r.contains(b)) {
                return true;
            }
        }
        return false;
    }

    /** The index or table path that accounts for the most words of the statement, or null. */
    private Lookup lookup(Statement s) {
        Navigator.Walk best = null;
        int bestRank = Integer.MIN_VALUE;
        List<Navigator.Walk> walks = new ArrayList<>();
        for (Node main : matchingMainTerms(s)) {
            Navigator.Walk w = navigator.from(main, s.match(main), s.optional(main), s);
            if (w.coded() == null) {
                continue;
            }
            walks.add(w);
            int rank = w.rank(s) - (main.supplementary ? 3 : 0);
            if (best == null || rank > bestRank || rank == bestRank && w.depth() < best.depth()) {
                best = w;
                bestRank = rank;
            }
        }
        Navigator.Walk manifestation = best == null || walks.size() < 2 ? null : codedFirstBy(best, walks);
        if (manifestation != null) {
            best = manifestation;
        }
        return choose(best == null ? null : Lookup.of(best), bestRank, s);
    }

    /**
     * Another path of the statement whose code says "code first" the best path's condition and that names a word
     * the best path does not ("anemia in stage 3b CKD": D63.1 "Anemia in chronic kidney disease", code first
     * underlying CKD (N18.-), rather than N18.32 alone). It is coded, and its note sequences the underlying
     * condition first (I.A.13, etiology/manifestation convention). Null when there is none.
     */
    private Navigator.Walk codedFirstBy(Navigator.Walk best, List<Navigator.Walk> walks) {
        IcdCmCode underlying = indexCode(best.coded().code());
        if (underlying == null) {
            return null;
        }
        for (Navigator.Walk w : walks) {
            IcdCmCode c = indexCode(w.coded().code());
            if (w == best || c == null || c.category().equals(underlying.category())
                    || (w.covered() & ~best.covered()) == 0 || names(underlying, NoteKind.USE_ADDITIONAL_CODE, c)) {
                // When the best path's own note already pairs the other code (E11.22: use additional code for the
                // CKD stage), the best path is the etiology and pairing adds the other.
                continue;
            }
            if (names(c, NoteKind.CODE_FIRST, underlying)) {
                return w;
            }
        }
        return null;
    }

    /** Whether a note of that kind at {@code code} names {@code other}. */
    private boolean names(IcdCmCode code, NoteKind kind, IcdCmCode other) {
        List<CodeRange> refs = NotePairing.cached(noteRanges, kind.ordinal() + ":" + code.value(),
                k -> release.notes(code).stream().filter(n -> n.note().kind() == kind)
                        .flatMap(n -> n.note().references().stream()).toList());
        for (CodeRange r : refs) {
            if (r.contains(other)) {
                return true;
            }
        }
        return false;
    }

    private final java.util.concurrent.ConcurrentHashMap<String, List<CodeRange>> noteRanges =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentHashMap<String, Optional<IcdCmCode>> indexCodes =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** An index code ("N18.3-", "D63.1") as a code of the release, or null. */
    private IcdCmCode indexCode(String indexCode) {
        return NotePairing.cached(indexCodes, indexCode, k -> {
            try {
                IcdCmCode c = IcdCmCode.parse(k.replace("-", "").replace(".", "").strip());
                return release.entry(c).isPresent() ? Optional.of(c) : Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    /**
     * The main terms the statement matches, in the order a coder's scan takes them: by the first statement word they
     * contain, then in index order (ties between equally good paths go to the first). Candidates come from the
     * rarest-word index, a few per statement instead of every term containing a common word.
     */
    private List<Node> matchingMainTerms(Statement s) {
        List<Node> found = new ArrayList<>();
        List<long[]> keys = new ArrayList<>();
        for (int id : s.ids) {
            for (Node main : index.candidateMainTerms(id)) {
                if (s.match(main) >= 0) {
                    long first = Long.numberOfTrailingZeros(s.maskOf(main.words));
                    keys.add(new long[] {first << 32 | main.ordinal, found.size()});
                    found.add(main);
                }
            }
        }
        keys.sort((a, b) -> Long.compare(a[0], b[0]));
        List<Node> out = new ArrayList<>(keys.size());
        long previous = -1;
        for (long[] k : keys) {
            if (k[0] != previous) {
                out.add(found.get((int) k[1]));
                previous = k[0];
            }
        }
        return out;
    }

    /** The index lookup, unless a table accounts for as much of the statement. */
    private Lookup choose(Lookup fromIndex, int rank, Statement s) {
        Lookup best = fromIndex;
        // A factor influencing health status (history, screening, status: chapter 21) that accounts for as much of
        // the statement as a table is what the statement is about; the neoplasm or drug is its detail.
        int needed = fromIndex != null && fromIndex.code.startsWith("Z") ? rank + 1 : rank;
        Tables.Hit neo = tables.neoplasm(s, vocabulary);
        if (neo != null && (best == null || neo.walk().score() >= needed)) {
            best = Lookup.of(neo, "Table of Neoplasms");
        }
        Tables.Hit drug = tables.drug(s, vocabulary);
        if (drug != null && (best == null || drug.walk().score() >= needed)) {
            best = Lookup.of(drug, "Table of Drugs and Chemicals");
        }
        return best;
    }

    private List<String> nearest(Statement s) {
        String word = s.stems.length == 0 ? s.text.strip() : s.stems[0];
        if (word.length() > 40) {
            word = word.substring(0, 40);
        }
        return index.nearest(word.replace("~", ""), 5);
    }
}
