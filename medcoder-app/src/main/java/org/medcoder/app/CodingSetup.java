package org.medcoder.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.medcoder.coding.Coder;
import org.medcoder.coding.TrainingCase;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.PcsRelease;
import org.medcoder.codesets.icd10pcs.PcsLoader;
import org.medcoder.eval.CodiespCorpus;

/**
 * Wiring for the coding commands: loads the code-set releases and learns the coder's statistics from the CodiEsp
 * train split (never from the split being scored). Messages go to stderr and never contain note text.
 */
final class CodingSetup {

    private CodingSetup() {
    }

    /**
     * The ICD-10-CM release in effect on the date, or the newest official (not derived) release when no date is
     * given; empty (with a message) when the data folder has none.
     *
     * @throws IllegalArgumentException when a date is given and no release covers it
     */
    static Optional<IcdCmRelease> icd(DataOptions data, Optional<LocalDate> date, PrintWriter err) {
        List<IcdCmRelease> all = CodeSetsAccess.load(data, err).icd10cmReleases();
        if (all.isEmpty()) {
            err.println("medcoder: no ICD-10-CM release in the data folder: coding without the code-set dictionary");
            return Optional.empty();
        }
        if (date.isPresent()) {
            return Optional.of(CodeSetsAccess.load(data, err).icd10cm(date.get()));
        }
        return all.stream().filter(r -> !r.info().derived()).reduce((a, b) -> b).or(() -> Optional.of(all.get(all.size() - 1)));
    }

    /** The newest ICD-10-PCS release, when the data folder has one. */
    static Optional<PcsRelease> pcs(Path dataDir, PrintWriter err) {
        List<PcsRelease> releases = PcsLoader.load(dataDir, f -> { });
        if (releases.isEmpty()) {
            err.println("medcoder: no ICD-10-PCS release in " + dataDir + ": procedures not checked");
            return Optional.empty();
        }
        return Optional.of(releases.get(releases.size() - 1));
    }

    /** The default training corpus: {@code ../shared/eval/codiesp} beside the repository. */
    static Path defaultCorpus() {
        return DataOptions.home().resolve("../shared/eval/codiesp").normalize();
    }

    /** A coder trained on {@code corpus/train}, or one without learned statistics when that split is missing. */
    static Coder coder(Path corpus, Optional<IcdCmRelease> icd, Optional<PcsRelease> pcs, boolean context,
            PrintWriter err) {
        if (!Files.isDirectory(corpus.resolve("train").resolve("text_files_en"))) {
            err.println("medcoder: no training corpus at " + corpus + "/train: coding without learned statistics");
            return Coder.withoutTraining(icd, pcs);
        }
        List<TrainingCase> cases = CodiespCorpus.read(corpus, "train").trainingCases();
        return Coder.train(cases, icd, pcs, context);
    }
}
