package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.medcoder.codesets.AppliedNote;
import org.medcoder.codesets.CodeRange;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.NoteKind;
import org.medcoder.core.IcdCmCode;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;

/**
 * The code whose own "use additional code" note names another code of the result comes before it (I.A.13 and
 * I.B.7: the note's code is sequenced first, the additional code after): "alcohol dependence in remission with
 * alcoholic cirrhosis" is K70.30 F10.21 (K70: "Use additional code to identify: alcohol abuse and dependence
 * (F10.-)"), however the two were found. Only notes written at the category or below count (a chapter's note, such
 * as chapter 10's tobacco note, is a reminder for every code of the chapter, not a pairing); a poisoning, an
 * adverse effect or a pregnancy code keeps its place (I.C.19.e.5, I.C.15.a), and nothing moves when the other code's
 * own notes also name the first (the pair's order is then the other rule's).
 */
final class AdditionalCodeOrder {

    private static final List<CodeRange> NONE = List.of();

    private final IcdCmRelease release;
    /** The "use additional code" ranges of each code, category level and below (memoised). */
    private final ConcurrentHashMap<IcdCmCode, List<CodeRange>> additional = new ConcurrentHashMap<>();
    /** Every "code first", "use additional code" and "code also" range of each code, any level (memoised). */
    private final ConcurrentHashMap<IcdCmCode, List<CodeRange>> paired = new ConcurrentHashMap<>();

    AdditionalCodeOrder(IcdCmRelease release) {
        this.release = release;
    }

    /** {@code r} with each code moved before the earlier code its own "use additional code" note names. */
    EncodeResult apply(EncodeResult r) {
        if (r.codes().size() < 2) {
            return r;
        }
        List<EncodedCode> codes = new ArrayList<>(r.codes());
        boolean moved = false;
        for (int j = 1; j < codes.size(); j++) {
            IcdCmCode later = codes.get(j).code();
            List<CodeRange> names = ranges(later, true);
            for (int i = 0; i < j && !names.isEmpty(); i++) {
                IcdCmCode earlier = codes.get(i).code();
                if (keepsPlace(earlier) || names.stream().noneMatch(x -> x.contains(earlier))
                        || ranges(earlier, false).stream().anyMatch(x -> x.contains(later))) {
                    continue;
                }
                codes.add(i, codes.remove(j).withStep("use additional code note at " + later.category().dotted()
                        + " names " + earlier.dotted() + ": the noted code precedes the additional one",
                        List.of("I.A.13", "I.B.7")));
                moved = true;
                break;
            }
        }
        return moved ? r.withCodes(codes) : r;
    }

    private static boolean keepsPlace(IcdCmCode c) {
        char ch = c.value().charAt(0);
        return ch == 'T' || ch == 'O' || ch == 'Z';
    }

    private List<CodeRange> ranges(IcdCmCode code, boolean useAdditionalOnly) {
        ConcurrentHashMap<IcdCmCode, List<CodeRange>> memo = useAdditionalOnly ? additional : paired;
        List<CodeRange> known = memo.get(code);
        if (known != null) {
            return known;
        }
        List<CodeRange> out = new ArrayList<>();
        for (AppliedNote n : release.notes(code)) {
            NoteKind k = n.note().kind();
            boolean low = !n.level().equals("chapter") && !n.level().equals("block");
            if (useAdditionalOnly ? k == NoteKind.USE_ADDITIONAL_CODE && low
                    : k == NoteKind.USE_ADDITIONAL_CODE || k == NoteKind.CODE_FIRST || k == NoteKind.CODE_ALSO) {
                out.addAll(n.note().references());
            }
        }
        out = out.isEmpty() ? NONE : List.copyOf(out);
        if (memo.size() < 50_000) {
            memo.put(code, out);
        }
        return out;
    }
}
