package org.medcoder.coding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import org.medcoder.coding.internal.BillableCodes;
import org.medcoder.coding.internal.Candidate;
import org.medcoder.coding.internal.CandidateGenerator;
import org.medcoder.coding.internal.CkdStages;
import org.medcoder.coding.internal.DocumentIndex;
import org.medcoder.coding.internal.ConceptHit;
import org.medcoder.coding.internal.ConceptMatcher;
import org.medcoder.coding.internal.ConceptSources;
import org.medcoder.coding.internal.EvidenceWriter;
import org.medcoder.coding.internal.Excludes1Rule;
import org.medcoder.coding.internal.Grams;
import org.medcoder.coding.internal.GuidelineRules;
import org.medcoder.coding.internal.HeaderChild;
import org.medcoder.coding.internal.Neighbours;
import org.medcoder.coding.internal.PcsBuilder;
import org.medcoder.coding.internal.PcsCompletion;
import org.medcoder.coding.internal.Proposal;
import org.medcoder.coding.internal.Ranked;
import org.medcoder.coding.internal.Reportable;
import org.medcoder.coding.internal.ReviewCodes;
import org.medcoder.coding.internal.TaskModel;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.PcsRelease;
import org.medcoder.core.CodeSystem;
import org.medcoder.core.PcsCode;
import org.medcoder.core.TextSpan;
import org.medcoder.nlp.AnalyzedNote;
import org.medcoder.nlp.ClinicalPipeline;

/**
 * Computer-assisted coding of one document: reads the note through the clinical text pipeline, finds candidate
 * codes (code-set concepts and associations learned from a coded corpus), scores them with a small classifier,
 * applies the Official Guidelines rules (context, setting, integral symptoms, combination codes), turns every
 * code into one the release allows, and proposes the result with evidence and confidence.
 *
 * <p>Immutable once built and safe to share between threads.
 */
public final class Coder {

    /**
     * Further candidates offered below the proposals ("also consider"; the text report shows the first ten). The
     * CodiEsp MAP scores the whole ranking, and a longer tail only adds codes after the proposals (train 3-fold CV:
     * MAP 0.416 with 30/80, 0.418 with 60/120). The further codes of the similar documents ({@code Neighbours})
     * come after these 60, from 160 candidates (0.531 → 0.533, docs/coding.md "cacmap2").
     */
    private static final int MAX_SUGGESTIONS = 60;
    private static final int MAX_CANDIDATES = 160;
    /** Procedures keep the earlier list (60 from 120): the similar documents' tail is for diagnoses only. */
    private static final int MAX_PCS_CANDIDATES = 120;

    private final ClinicalPipeline pipeline = new ClinicalPipeline();
    private final Optional<IcdCmRelease> icd;
    private final ConceptMatcher dictionary;
    private final Optional<TaskModel> diagnosisModel;
    private final Optional<TaskModel> procedureModel;
    private final PcsCompletion pcs;
    private final Optional<PcsRelease> pcsRelease;
    /** Builds PCS codes from the note's procedure words and the tables (a candidate source for the procedure model). */
    private final Optional<PcsBuilder> pcsBuilder;
    private final Optional<Excludes1Rule> excludes1;
    /** Nearest-neighbour documents voting for diagnoses (learned statistics). */
    private final Optional<Neighbours> dxNeighbours;
    /** The billable code of each diagnosis (memoised; shared by the trained re-ranker and {@link #reportable}). */
    private final UnaryOperator<String> billable;
    private final Map<String, String> titles = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> pcsTitles = new java.util.concurrent.ConcurrentHashMap<>();

    private Coder(Optional<IcdCmRelease> icd, Optional<PcsRelease> pcsRelease, Optional<PcsBuilder> pcsBuilder,
            ConceptMatcher dictionary, Optional<Excludes1Rule> excludes1, UnaryOperator<String> billable,
            Optional<TaskModel> dx, Optional<TaskModel> px, PcsCompletion pcs, Optional<Neighbours> dxNeighbours) {
        this.icd = icd;
        this.pcsRelease = pcsRelease;
        this.pcsBuilder = pcsBuilder;
        this.dictionary = dictionary;
        this.excludes1 = excludes1;
        this.billable = billable;
        this.diagnosisModel = dx;
        this.procedureModel = px;
        this.pcs = pcs;
        this.dxNeighbours = dxNeighbours;
    }

    /** A coder that uses the code sets only (no learned statistics). */
    public static Coder withoutTraining(Optional<IcdCmRelease> icd, Optional<PcsRelease> pcs) {
        return new Coder(icd, pcs, pcs.map(PcsBuilder::of),
                icd.<ConceptMatcher>map(ConceptSources::of).orElse(ConceptMatcher.NONE),
                icd.map(r -> new Excludes1Rule(Excludes1Rule.Tabular.of(r))), BillableCodes.of(icd),
                Optional.empty(), Optional.empty(), new PcsCompletion(Map.of(), pcs), Optional.empty());
    }

    /** This coder's code-set parts (dictionary, PCS builder, Excludes1, billable codes) with other learned parts. */
    private Coder withLearned(Optional<TaskModel> dx, Optional<TaskModel> px, PcsCompletion completion,
            Optional<Neighbours> neighbours) {
        return new Coder(icd, pcsRelease, pcsBuilder, dictionary, excludes1, billable, dx, px, completion, neighbours);
    }

    /**
     * A coder that learns from coded documents (e.g. the CodiEsp train split; never the split it is scored on).
     *
     * @param context whether the classifier reads context flags (off only for the ablation study)
     */
    public static Coder train(Collection<TrainingCase> cases, Optional<IcdCmRelease> icd, Optional<PcsRelease> pcs,
            boolean context) {
        Coder base = withoutTraining(icd, pcs);
        List<TaskModel.Example> dx = new ArrayList<>();
        List<TaskModel.Example> px = new ArrayList<>();
        Map<String, Map<String, Integer>> pcsSeen = new HashMap<>();
        List<Map<String, Integer>> terms = new ArrayList<>();
        for (TrainingCase t : cases) {
            AnalyzedNote note = base.pipeline.analyze(t.text());
            Map<String, List<int[]>> grams = Grams.of(note);
            terms.add(DocumentIndex.terms(grams));
            // Every mention counts, negated ones too: the associations say which code the words point to (CodiEsp
            // gold codes negated findings as well); whether to code it is decided per document by the context rules.
            Set<String> learnable = grams.keySet();
            Map<String, Set<String>> local = Grams.near(note, grams, learnable, t.evidence());
            dx.add(new TaskModel.Example(note, grams, learnable, base.dictionary.match(note, grams), t.diagnoses(), local));
            Set<String> prefixes = new java.util.TreeSet<>();
            for (String p : t.procedures()) {
                String prefix = p.substring(0, Math.min(4, p.length()));
                prefixes.add(prefix);
                if (p.length() == 7) {
                    pcsSeen.computeIfAbsent(prefix, k -> new HashMap<>()).merge(p, 1, Integer::sum);
                }
            }
            px.add(new TaskModel.Example(note, grams, learnable, base.pcsHits(note), prefixes, local));
        }
        // Diagnoses only: for procedures the neighbours' vote changed nothing on train cross-validation (docs/coding.md).
        Neighbours dxn = Neighbours.learn(terms, dx.stream().map(TaskModel.Example::gold).toList(), knn());
        // The code-set parts come from the coder that analyzed the training notes: built once, not again.
        return base.withLearned(Optional.of(TaskModel.train(dx, context, base.billable)),
                Optional.of(TaskModel.train(px, context)), new PcsCompletion(pcsSeen, pcs), Optional.of(dxn));
    }

    /**
     * The neighbour settings: {@link Neighbours#DEFAULT}, or for tuning on train cross-validation the system
     * property {@code medcoder.neighbours} = {@code k,weight,center,alone,minVote}.
     */
    private static Neighbours.Settings knn() {
        String property = "medcoder.neighbours";
        String v = System.getProperty(property);
        if (v == null) {
            return Neighbours.DEFAULT;
        }
        String[] f = v.split(",");
        try {
            return new Neighbours.Settings(Integer.parseInt(f[0].trim()), Double.parseDouble(f[1]),
                    Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(property + " must be k,weight,center,alone,minVote, got '" + v + "'");
        }
    }

    /**
     * The same coder without the nearest-neighbour candidate source (for the ablation study): only codes with
     * evidence in the note, scored by the classifier alone.
     */
    public Coder withoutNeighbours() {
        return withLearned(diagnosisModel, procedureModel, pcs, Optional.empty());
    }

    /**
     * Empties the memos of encoder results per clause and phrase text, so the next documents are coded as texts never
     * seen before (for measuring their cost: {@code CodingBenchmark} "new"). The memos are only a speed-up: coding a
     * document gives the same result with or without them. Shared with the coders made from this one ({@link
     * #withoutNeighbours}); the memos per code (titles, billable codes, Excludes1 notes) stay, bounded by the release.
     */
    public void emptyTextMemos() {
        dictionary.emptyTextMemos();
    }

    /** Codes one document. */
    public CodingResult code(ClinicalDocument document, CodingOptions options) {
        AnalyzedNote note = pipeline.analyze(document.text());
        Map<String, List<int[]>> grams = Grams.of(note);
        List<ContextDecision> decisions = new ArrayList<>();
        boolean learned = options.learnedStatistics() && diagnosisModel.isPresent();
        double threshold = learned ? diagnosisModel.get().threshold() : 0.5;
        // Only decisions about plausible codes are worth a coder's time; weak candidates drop silently.
        BiConsumer<Proposal, String> decide = (p, why) -> {
            if (p.probability >= Math.min(0.2, threshold / 2)) {
                decisions.add(decision(note, p, why));
            }
        };
        List<StructuredCode> structured = document.structured();
        List<Proposal> dx = diagnoses(note, grams, options, learned, structured, decide);
        List<Proposal> proposed = new ArrayList<>();
        List<Proposal> suggested = new ArrayList<>();
        split(dx, threshold, proposed, suggested);
        applyProposalRules(note, options, threshold, proposed, suggested, decide);
        String principal = Sequencing.principalFirst(proposed, options.setting());
        List<Proposal> px = procedures(note, grams, options, structured);
        List<Proposal> pxProposed = new ArrayList<>();
        List<Proposal> pxSuggested = new ArrayList<>();
        split(px, procedureModel.map(TaskModel::threshold).orElse(0.5), pxProposed, pxSuggested);
        List<ProposedCode> also = new ArrayList<>(
                write(note, Ranked.keepingTail(suggested, MAX_SUGGESTIONS), CodeSystem.ICD10CM, structured));
        also.addAll(write(note, Ranked.first(pxSuggested, MAX_SUGGESTIONS), CodeSystem.ICD10PCS, structured));
        also.sort(Comparator.comparingDouble((ProposedCode p) -> -p.confidence()));
        return new CodingResult(document.id(), options.setting(), write(note, proposed, CodeSystem.ICD10CM, structured),
                write(note, pxProposed, CodeSystem.ICD10PCS, structured), also, principal, decisions);
    }

    /** The diagnosis candidates as proposals, after the context rules and the reportability check. */
    private List<Proposal> diagnoses(AnalyzedNote note, Map<String, List<int[]>> grams, CodingOptions options,
            boolean learned, List<StructuredCode> structured, BiConsumer<Proposal, String> decide) {
        double threshold = learned ? diagnosisModel.get().threshold() : 0.5;
        List<ConceptHit> hits = dictionary.match(note, grams);
        Map<String, Candidate> dxCandidates = learned
                ? diagnosisModel.get().score(note, grams, hits, options.contextRules())
                : CandidateGenerator.candidates(note, grams, null, hits, options.contextRules());
        // Codes of the most similar training documents join the evidence-based scores (Neighbours).
        dxNeighbours.filter(n -> learned).ifPresent(n -> n.apply(dxCandidates,
                n.similar(DocumentIndex.terms(grams)), threshold));
        List<Proposal> dx = proposals(dxCandidates, learned, MAX_CANDIDATES);
        addStructured(dx, dxCandidates, structured, CodeSystem.ICD10CM);
        if (options.contextRules()) {
            dx = GuidelineRules.applyContext(dx, options.setting() == Setting.OUTPATIENT, options.settingRules(),
                    threshold, decide);
        }
        return reportable(dx, decide);
    }

    /**
     * The rules that take codes out of the proposals (CKD stages, integral symptoms, combinations, Excludes1); what
     * they take out moves to {@code suggested}, below the threshold, for review.
     */
    private void applyProposalRules(AnalyzedNote note, CodingOptions options, double threshold,
            List<Proposal> proposed, List<Proposal> suggested, BiConsumer<Proposal, String> decide) {
        ReviewCodes review = ReviewCodes.before(proposed, threshold);
        BiConsumer<Proposal, String> ruled = review.decide(decide);
        CkdStages.apply(proposed, note.text(), ruled);
        if (options.settingRules()) {
            GuidelineRules.dropIntegralSymptoms(proposed, ruled);
            GuidelineRules.combine(proposed);
        }
        excludes1.ifPresent(rule -> rule.apply(proposed, note, ruled));
        suggested.addAll(review.after(proposed));
        suggested.removeIf(p -> proposed.stream().anyMatch(q -> q.code.equals(p.code)));
        suggested.sort(Comparator.comparingDouble((Proposal p) -> -p.probability).thenComparing(p -> p.code));
    }

    private List<Proposal> proposals(Map<String, Candidate> candidates, boolean learned, int max) {
        List<Proposal> out = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            double p = learned ? c.probability() : heuristic(c);
            out.add(new Proposal(c.code(), p, c));
        }
        return Ranked.best(out, max);
    }

    /** Without learned statistics a dictionary hit is proposed with a confidence growing with its specificity. */
    private static double heuristic(Candidate c) {
        return c.dictionary() == null ? 0 : 0.5 + 0.08 * Math.min(5, c.dictionary().words());
    }

    private static void addStructured(List<Proposal> out, Map<String, Candidate> candidates, List<StructuredCode> structured,
            CodeSystem system) {
        for (StructuredCode s : structured) {
            if (s.system() != system) {
                continue;
            }
            String code = s.code().replace(".", "").toUpperCase(Locale.ROOT);
            Proposal existing = out.stream().filter(p -> p.code.equals(code)).findFirst().orElse(null);
            if (existing == null) {
                existing = new Proposal(code, 0, CandidateGenerator.structured(candidates, code));
                out.add(0, existing);
            } else {
                CandidateGenerator.structured(candidates, code);
            }
            // A code a clinician recorded in a structured resource is strong evidence on its own.
            existing.probability = Math.max(existing.probability, 0.95);
        }
    }

    /** Maps each diagnosis to a billable code of the release; merges codes that land on the same one. */
    private List<Proposal> reportable(List<Proposal> in, BiConsumer<Proposal, String> decide) {
        if (icd.isEmpty()) {
            return in;
        }
        Map<String, Proposal> out = new LinkedHashMap<>();
        for (Proposal p : in) {
            String code = HeaderChild.of(p, in, billable);
            if (code.isEmpty()) {
                if (p.probability >= 0.3) {
                    decide.accept(p, "not in " + icd.get().info().version() + ": not coded");
                }
                continue;
            }
            if (!code.equals(p.code)) {
                p.derivedFrom = p.derivedFrom.isEmpty() ? p.code : p.derivedFrom;
                p.guidelines.add("I.A.2 reported at a billable level (" + dotted(p.code) + " → " + dotted(code) + ")");
                p.code = code;
            }
            out.merge(code, p, (a, b) -> a.probability >= b.probability ? a : b);
        }
        return new ArrayList<>(out.values());
    }

    /** The PCS concepts the builder finds in a note, as the four-character hits the procedure model reads. */
    private List<ConceptHit> pcsHits(AnalyzedNote note) {
        return PcsBuilder.hits(pcsBuilder.map(b -> b.build(note)).orElse(List.of()));
    }

    private List<Proposal> procedures(AnalyzedNote note, Map<String, List<int[]>> grams, CodingOptions options,
            List<StructuredCode> structured) {
        List<PcsBuilder.Match> built = pcsBuilder.map(b -> b.build(note)).orElse(List.of());
        Map<String, PcsBuilder.Match> builtByPrefix = PcsBuilder.bestByPrefix(built);
        List<ConceptHit> hits = PcsBuilder.hits(built);
        boolean learned = procedureModel.isPresent() && options.learnedStatistics();
        Map<String, Candidate> candidates = learned
                ? procedureModel.get().score(note, grams, hits, options.contextRules())
                : CandidateGenerator.candidates(note, grams, null, hits, options.contextRules());
        List<Proposal> out = new ArrayList<>();
        for (Proposal p : proposals(candidates, learned, MAX_PCS_CANDIDATES)) {
            if (!learned && options.contextRules() && GuidelineRules.notCodedAsIs(p.candidate)) {
                continue; // without a model, a procedure only negated or planned ("no biopsy was taken") is not coded
            }
            String full = pcs.complete(p.code, builtByPrefix.get(p.code));
            if (!full.isEmpty() && (pcsRelease.isEmpty() || pcsRelease.get().isValid(PcsCode.parse(full)))) {
                p.derivedFrom = p.code;
                p.code = full;
                out.add(p);
            }
        }
        addStructured(out, candidates, structured, CodeSystem.ICD10PCS);
        return out;
    }

    private static void split(List<Proposal> all, double threshold, List<Proposal> proposed, List<Proposal> suggested) {
        all.sort(Comparator.comparingDouble((Proposal p) -> -p.probability).thenComparing(p -> p.code));
        for (Proposal p : all) {
            (p.probability >= threshold ? proposed : suggested).add(p);
        }
    }

    private List<ProposedCode> write(AnalyzedNote note, List<Proposal> proposals, CodeSystem system,
            List<StructuredCode> structured) {
        List<ProposedCode> out = new ArrayList<>();
        for (Proposal p : proposals) {
            CodeSystem s = system;
            List<Evidence> evidence = new ArrayList<>();
            if (p.candidate != null) {
                TaskModel m = (s == CodeSystem.ICD10PCS ? procedureModel : diagnosisModel).orElse(null);
                evidence.addAll(EvidenceWriter.of(note, p.candidate, m == null ? null : m.lexicon()));
                if (p.candidate.neighbours() != null) {
                    evidence.add(new Evidence(TextSpan.of(0, 0), "", p.candidate.neighbours().describe()));
                }
            }
            for (StructuredCode sc : structured) {
                if (sc.system() == s && sc.code().replace(".", "").equalsIgnoreCase(p.derivedFrom.isEmpty() ? p.code : p.derivedFrom)
                        || sc.code().replace(".", "").equalsIgnoreCase(p.code)) {
                    evidence.add(new Evidence(TextSpan.of(0, 0), sc.display(), "structured " + sc.source()));
                }
            }
            List<String> guidelines = new ArrayList<>(p.guidelines);
            out.add(new ProposedCode(s, s == CodeSystem.ICD10CM ? dotted(p.code) : p.code, title(s, p.code),
                    Math.min(1, Math.max(0, p.probability)), evidence, guidelines));
        }
        return out;
    }

    private String title(CodeSystem s, String code) {
        // Memoised: the same codes come back in every note (bounded by the release). A plain read first: the map's
        // computeIfAbsent locks the bin when the code is not its first entry.
        String known = (s == CodeSystem.ICD10CM ? titles : pcsTitles).get(code);
        if (known != null) {
            return known;
        }
        if (s == CodeSystem.ICD10CM) {
            return icd.isEmpty() ? "" : titles.computeIfAbsent(code, c -> new Reportable(icd.get()).title(c));
        }
        return pcsTitles.computeIfAbsent(code, c -> pcsRelease
                .flatMap(r -> c.length() == 7 ? r.title(PcsCode.parse(c)) : Optional.empty()).orElse(""));
    }

    private static ContextDecision decision(AnalyzedNote note, Proposal p, String why) {
        List<int[]> occ = p.candidate == null ? List.of() : p.candidate.occurrences();
        TextSpan span = occ.isEmpty() ? TextSpan.of(0, 0) : note.span(occ.get(0)[0], occ.get(0)[1]);
        return new ContextDecision(dotted(p.code), span, span.in(note.text()), why);
    }

    static String dotted(String code) {
        return code.length() <= 3 || Character.isDigit(code.charAt(0)) ? code : code.substring(0, 3) + "." + code.substring(3);
    }
}
