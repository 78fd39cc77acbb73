package org.medcoder.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medcoder.claims.ClaimBatch;
import org.medcoder.claims.ClaimInput;
import org.medcoder.core.Finding;

/** Text and JSON output of {@code claim check}. Never prints patient names or member ids (PHI), only claim ids. */
final class ClaimText {

    private ClaimText() {
    }

    static void print(PrintWriter out, ClaimBatch batch, Map<ClaimInput, List<Finding>> results) {
        int errors = 0;
        int warnings = 0;
        for (var e : results.entrySet()) {
            ClaimInput in = e.getKey();
            long err = e.getValue().stream().filter(Finding::isError).count();
            String id = in.claim().map(c -> c.id().value() + " (" + ClaimCommand.kind(c) + ")").orElse("(not built)");
            out.println(batch.source() + " " + in.path() + ": claim " + id + ": " + (err == 0 ? "valid" : err + " error(s)"));
            for (Finding f : e.getValue()) {
                out.println("  " + line(f));
                errors += f.isError() ? 1 : 0;
                warnings += f.isError() ? 0 : 1;
            }
        }
        out.println(results.size() + " claim(s), " + errors + " error(s), " + warnings + " warning(s)");
    }

    static String line(Finding f) {
        return f.severity() + " " + f.ruleId() + " at " + f.location().path() + ": " + f.message();
    }

    static Map<String, Object> report(ClaimBatch batch, Map<ClaimInput, List<Finding>> results) {
        List<Object> claims = new ArrayList<>();
        results.forEach((in, findings) -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("path", in.path());
            in.claim().ifPresent(cl -> {
                c.put("claimId", cl.id().value());
                c.put("type", ClaimCommand.kind(cl));
            });
            c.put("valid", in.claim().isPresent() && findings.stream().noneMatch(Finding::isError));
            List<Object> fs = new ArrayList<>();
            for (Finding f : findings) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("ruleId", f.ruleId());
                m.put("severity", f.severity().name());
                m.put("path", f.location().path());
                m.put("message", f.message());
                fs.add(m);
            }
            c.put("findings", fs);
            claims.add(c);
        });
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("file", batch.source());
        r.put("claims", claims);
        return r;
    }
}
