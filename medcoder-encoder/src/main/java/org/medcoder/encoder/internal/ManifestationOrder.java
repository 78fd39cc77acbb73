package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.medcoder.codesets.AppliedNote;
import org.medcoder.codesets.CodeRange;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.NoteKind;
import org.medcoder.core.IcdCmCode;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;

/**
 * Etiology before manifestation (I.A.13): a code of a category "in diseases classified elsewhere" (H36 Retinal
 * disorders in diseases classified elsewhere) whose "code first" note names another code of the result ("code first
 * underlying disease, such as: sickle-cell disorders (D57.-)") follows that code, however the two were found
 * ("proliferative sickle cell retinopathy, right eye, Hb-SS disease": D57.1 H36.821).
 */
final class ManifestationOrder {

    private static final String ELSEWHERE = "in diseases classified elsewhere";
    private static final List<CodeRange> NONE = List.of();

    private final IcdCmRelease release;
    /** The "code first" ranges of each manifestation code (memoised; empty for every other code). */
    private final ConcurrentHashMap<IcdCmCode, List<CodeRange>> codeFirst = new ConcurrentHashMap<>();

    ManifestationOrder(IcdCmRelease release) {
        this.release = release;
    }

    /** {@code r} with each manifestation code moved after the etiology its "code first" note names. */
    EncodeResult apply(EncodeResult r) {
        if (r.codes().size() < 2) {
            return r;
        }
        List<EncodedCode> codes = new ArrayList<>(r.codes());
        boolean moved = false;
        for (int i = 0; i < codes.size(); i++) {
            List<CodeRange> first = ranges(codes.get(i).code());
            for (int j = i + 1; j < codes.size() && !first.isEmpty(); j++) {
                IcdCmCode later = codes.get(j).code();
                if (first.stream().anyMatch(x -> x.contains(later))) {
                    codes.add(i, codes.remove(j).withStep("code first note at " + codes.get(i).code().dotted()
                            + ": the etiology precedes the manifestation", List.of("I.A.13")));
                    moved = true;
                    break;
                }
            }
        }
        return moved ? r.withCodes(codes) : r;
    }

    private List<CodeRange> ranges(IcdCmCode code) {
        List<CodeRange> known = codeFirst.get(code);
        if (known != null) {
            return known;
        }
        List<CodeRange> out = NONE;
        boolean manifestation = release.entry(code.category()).map(e -> e.longTitle().toLowerCase(Locale.ROOT)
                .contains(ELSEWHERE)).orElse(false);
        if (manifestation) {
            out = new ArrayList<>();
            for (AppliedNote n : release.notes(code)) {
                if (n.note().kind() == NoteKind.CODE_FIRST) {
                    out.addAll(n.note().references());
                }
            }
            out = List.copyOf(out);
        }
        if (codeFirst.size() < 50_000) {
            codeFirst.put(code, out);
        }
        return out;
    }
}
