package org.medcoder.app;

import java.io.PrintWriter;
import org.medcoder.codesets.CodeSets;
import org.medcoder.codesets.CodeSetsLoader;
import org.medcoder.core.Finding;

/** Loads the code sets for a command from the data folder and snapshot cache, printing load warnings to stderr. */
final class CodeSetsAccess {

    private CodeSetsAccess() {
    }

    /** The code sets of the data folder in {@code data}; warnings (e.g. a kept snapshot) go to {@code err}. */
    static CodeSets load(DataOptions data, PrintWriter err) {
        return CodeSetsLoader.load(data.dataDir(), DataOptions.cacheDir(), (Finding f) -> {
            err.println("medcoder: warning: " + f.location() + ": " + f.message());
            err.flush();
        });
    }
}
