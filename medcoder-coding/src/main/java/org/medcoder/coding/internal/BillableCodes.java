package org.medcoder.coding.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.medcoder.codesets.IcdCmRelease;

/**
 * The billable code each diagnosis candidate will be reported as ({@link Reportable}), remembered per code: the
 * re-ranker reads which candidates of a document land on the same billable code (one finding found several ways).
 * The memory is bounded by the number of codes the release and the training data know.
 */
public final class BillableCodes implements UnaryOperator<String> {

    /** Codes map to themselves (procedures, or no release). */
    public static final UnaryOperator<String> IDENTITY = c -> c;

    private final Reportable reportable;
    private final Map<String, String> memo = new ConcurrentHashMap<>();

    private BillableCodes(Reportable reportable) {
        this.reportable = reportable;
    }

    /** The mapping for a release, or the identity without one. */
    public static UnaryOperator<String> of(Optional<IcdCmRelease> release) {
        return release.<UnaryOperator<String>>map(r -> new BillableCodes(new Reportable(r))).orElse(IDENTITY);
    }

    /** The billable code, or empty when the release has nothing at or above the code. */
    @Override
    public String apply(String code) {
        String known = memo.get(code);
        if (known != null) {
            return known;
        }
        String out = reportable.of(code);
        // Well-formed codes only (the candidates' codes), so the memory stays bounded by the code sets.
        if (memo.size() < 200_000) {
            memo.put(code, out);
        }
        return out;
    }
}
