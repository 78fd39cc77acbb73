package org.medcoder.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.medcoder.coding.Coder;
import org.medcoder.coding.ClinicalDocument;
import org.medcoder.coding.CodingOptions;
import org.medcoder.coding.CodingResult;
import org.medcoder.coding.ProposedCode;
import org.medcoder.coding.Setting;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.PcsRelease;
import org.medcoder.core.IcdCmCode;
import org.medcoder.core.PcsCode;
import org.medcoder.eval.Calibration;
import org.medcoder.eval.CodiespCorpus;
import org.medcoder.eval.CodiespEvaluation;
import org.medcoder.eval.CodiespPredictor;
import org.medcoder.eval.RankedCodes;
import org.medcoder.eval.ReleaseCheck;
import org.medcoder.eval.Scorecard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code medcoder eval codiesp}: the CodiEsp scorecard of the coder, with an optional ablation table. */
@Command(name = "codiesp", mixinStandardHelpOptions = true,
        description = "Code a CodiEsp split (English texts) and print the scorecard: MAP, micro P/R/F1, invalid share, speed, top errors.")
final class EvalCodiespCommand implements Callable<Integer> {

    /** CodiEsp is scored against the FY2026 code sets (the shared/eval README's reference release). */
    private static final LocalDate DATE = LocalDate.of(2025, 10, 1);

    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", description = "CodiEsp folder with <split>/<split>D.tsv, <split>P.tsv, text_files_en/ (default: ../shared/eval/codiesp).")
    Path corpus;

    @Option(names = "--split", required = true, paramLabel = "SPLIT", description = "Split to score: train, dev or test. Statistics are always learned from train.")
    String split;

    @Option(names = "--setting", defaultValue = "inpatient", paramLabel = "SETTING", description = "outpatient or inpatient (default: ${DEFAULT-VALUE}).")
    String setting;

    @Option(names = "--ablation", description = "Also score without context rules, without setting rules and without learned statistics.")
    boolean ablation;

    @Option(names = "--cv", paramLabel = "K", description = "K-fold cross-validation inside the split (e.g. --split train --cv 3): each fold is coded by a coder learned from the other folds only. For tuning without touching dev.")
    Integer cv;

    @Option(names = "--calibration", description = "Also print the reliability of the diagnosis confidences (ranked codes by confidence bucket: share that is gold).")
    boolean calibration;

    /** Diagnosis confidences of the full-pipeline run, collected when --calibration is given. */
    private final Calibration reliability = new Calibration();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = corpus != null ? corpus : CodingSetup.defaultCorpus();
        CodiespCorpus scored = CodiespCorpus.read(dir, split);
        Setting s = Setting.parse(setting);
        Optional<IcdCmRelease> icd = CodingSetup.icd(data, Optional.of(DATE), err);
        Optional<PcsRelease> pcs = CodingSetup.pcs(data.dataDir(), err);
        if (cv != null) {
            CodingOptions all = CodingOptions.of(s, DATE);
            Scorecard card = crossValidate(scored, cv, all, true, icd, pcs, calibration ? reliability : null);
            out.print(card.render());
            printCalibration(out, scored);
            if (ablation) {
                Map<String, Scorecard> rows = new LinkedHashMap<>();
                rows.put("full pipeline", card);
                rows.put("without context rules", crossValidate(scored, cv, all.withContextRules(false), false, icd, pcs, null));
                rows.put("without setting rules", crossValidate(scored, cv, all.withSettingRules(false), true, icd, pcs, null));
                rows.put("without learned statistics", crossValidate(scored, cv, all.withLearnedStatistics(false), true,
                        icd, pcs, null));
                rows.put("without neighbours", crossValidate(scored, cv, all, true, icd, pcs, Coder::withoutNeighbours, null));
                printAblation(out, rows);
            }
            out.flush();
            return 0;
        }
        if ("train".equals(split)) {
            err.println("medcoder: scoring the train split the statistics were learned from: figures are in-sample");
        }
        Coder coder = CodingSetup.coder(dir, icd, pcs, true, err);
        CodingOptions all = CodingOptions.of(s, DATE);
        Scorecard card = run(scored, coder, all, icd, pcs, calibration ? reliability : null);
        out.print(card.render());
        printCalibration(out, scored);
        if (ablation) {
            Map<String, Scorecard> rows = new LinkedHashMap<>();
            rows.put("full pipeline", card);
            rows.put("without context rules", run(scored, CodingSetup.coder(dir, icd, pcs, false, err),
                    all.withContextRules(false), icd, pcs, null));
            rows.put("without setting rules", run(scored, coder, all.withSettingRules(false), icd, pcs, null));
            rows.put("without learned statistics", run(scored, coder, all.withLearnedStatistics(false), icd, pcs, null));
            rows.put("without neighbours", run(scored, coder.withoutNeighbours(), all, icd, pcs, null));
            printAblation(out, rows);
        }
        out.flush();
        return 0;
    }

    private static void printAblation(PrintWriter out, Map<String, Scorecard> rows) {
        out.println();
        out.println(Scorecard.header());
        rows.forEach((name, c) -> out.println(c.row(name)));
    }

    private void printCalibration(PrintWriter out, CodiespCorpus scored) {
        if (calibration) {
            out.println();
            out.println("Calibration of D confidences (proposed and further ranked codes):");
            out.print(reliability.render(scored.diagnoses()));
        }
    }

    private static Scorecard run(CodiespCorpus corpus, Coder coder, CodingOptions options, Optional<IcdCmRelease> icd,
            Optional<PcsRelease> pcs, Calibration calibration) {
        CodiespPredictor predictor = (id, text) -> ranked(coder.code(ClinicalDocument.ofText(id, text), options),
                id, calibration);
        return CodiespEvaluation.run(corpus, predictor, icdCheck(icd), pcsCheck(pcs));
    }

    /** K-fold cross-validation; {@code context} says whether the classifier is trained with context features. */
    private static Scorecard crossValidate(CodiespCorpus corpus, int folds, CodingOptions options, boolean context,
            Optional<IcdCmRelease> icd, Optional<PcsRelease> pcs, Calibration calibration) {
        return crossValidate(corpus, folds, options, context, icd, pcs, c -> c, calibration);
    }

    /** As above, with a change to each fold's trained coder (e.g. {@link Coder#withoutNeighbours}). */
    private static Scorecard crossValidate(CodiespCorpus corpus, int folds, CodingOptions options, boolean context,
            Optional<IcdCmRelease> icd, Optional<PcsRelease> pcs, java.util.function.UnaryOperator<Coder> variant,
            Calibration calibration) {
        return CodiespEvaluation.crossValidate(corpus, folds, cases -> {
            Coder coder = variant.apply(Coder.train(cases, icd, pcs, context));
            return (id, text) -> ranked(coder.code(ClinicalDocument.ofText(id, text), options), id, calibration);
        }, icdCheck(icd), pcsCheck(pcs));
    }

    private static RankedCodes ranked(CodingResult r, String id, Calibration calibration) {
        if (calibration != null) {
            r.diagnoses().forEach(c -> calibration.add(id, c.code(), c.confidence()));
            r.suggestions().stream().filter(c -> c.system() == org.medcoder.core.CodeSystem.ICD10CM)
                    .forEach(c -> calibration.add(id, c.code(), c.confidence()));
        }
        return ranked(r);
    }

    static RankedCodes ranked(CodingResult r) {
        List<String> moreD = new ArrayList<>();
        List<String> moreP = new ArrayList<>();
        for (ProposedCode c : r.suggestions()) {
            (c.system() == org.medcoder.core.CodeSystem.ICD10CM ? moreD : moreP).add(c.code());
        }
        return new RankedCodes(codes(r.diagnoses()), codes(r.procedures()), moreD, moreP);
    }

    /**
     * The proposed codes by confidence, most confident first: MAP scores a ranking, and the report's order (the
     * first-listed/principal diagnosis first) is a sequencing decision, not a rank.
     */
    private static List<String> codes(List<ProposedCode> codes) {
        return codes.stream().sorted(java.util.Comparator.comparingDouble(ProposedCode::confidence).reversed())
                .map(ProposedCode::code).toList();
    }

    private static ReleaseCheck icdCheck(Optional<IcdCmRelease> icd) {
        return icd.map(r -> new ReleaseCheck("ICD-10-CM " + r.info().version(),
                c -> IcdCmCode.isWellFormed(c) && r.entry(IcdCmCode.parse(c)).isPresent(),
                c -> IcdCmCode.isWellFormed(c) && r.isBillable(IcdCmCode.parse(c)))).orElse(ReleaseCheck.none());
    }

    private static ReleaseCheck pcsCheck(Optional<PcsRelease> pcs) {
        return pcs.map(r -> new ReleaseCheck("ICD-10-PCS " + r.info().version(), c -> valid(r, c), c -> valid(r, c)))
                .orElse(ReleaseCheck.none());
    }

    private static boolean valid(PcsRelease r, String code) {
        try {
            return r.isValid(PcsCode.parse(code));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
