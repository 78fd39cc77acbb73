package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;

/**
 * A condition a drug caused, stated with the neoplasm the patient has or the drug treats: "anemia due to
 * antineoplastic chemotherapy, female pt with right breast cancer", "neutropenia due to chemo for colon cancer",
 * "colitis due to pembrolizumab, in pt with melanoma". Each part is encoded on its own and sequenced as the
 * guidelines say: the nature of the adverse effect first, then the drug's T code (I.C.19.e.5.a), then the neoplasm;
 * an anemia of chemotherapy first, then the neoplasm, then T45.1X5- (I.C.2.c.2: "the anemia code is sequenced
 * first followed by the appropriate codes for the neoplasm and the adverse effect (T45.1X5-)").
 */
final class TreatedNeoplasm {

    /** The condition and its cause, then "(in a) (female) pt with" or "for", then the neoplasm. */
    private static final Pattern SPLIT = Pattern.compile("^(.+?)(?:,?\\s+(?:in\\s+)?(?:an?\\s+)?(?:(female|male)\\s+)?"
            + "(?:pt|patient)\\s+with\\s+|\\s+for\\s+)(.+)$");
    /** The trailing encounter clause (", initial encounter"), which belongs to the T code. */
    private static final Pattern ENCOUNTER = Pattern.compile(",\\s*(?:initial|subsequent|sequela)[a-z ]*$");

    private TreatedNeoplasm() {
    }

    /** The codes of such a statement, or null when it is not one ({@code encoder} encodes one part). */
    static EncodeResult encode(String statement, String lower, Function<String, EncodeResult> encoder) {
        if (!mayApply(lower)) {
            return null;
        }
        Matcher m = SPLIT.matcher(lower);
        if (!m.matches()) {
            return null;
        }
        String rest = m.group(3);
        Matcher e = ENCOUNTER.matcher(rest);
        String encounter = e.find() ? e.group() : "";
        String neoplasmText = (m.group(2) == null ? "" : m.group(2) + " ") + rest.substring(0, rest.length()
                - encounter.length());
        EncodeResult caused = encoder.apply(m.group(1) + encounter);
        if (!adverseEffect(caused)) {
            return null;
        }
        EncodeResult neoplasm = encoder.apply(neoplasmText);
        if (neoplasm.codes().isEmpty() || !neoplasm(neoplasm.codes().get(0))) {
            return null;
        }
        List<EncodedCode> codes = new ArrayList<>();
        caused.codes().forEach(c -> codes.add(NeoplasmStatements.cite(c, "I.C.19.e.5.a",
                "the condition the drug caused, then the drug's adverse-effect code")));
        // I.C.2.c.2: an anemia of chemotherapy is "sequenced first followed by the appropriate codes for the
        // neoplasm and the adverse effect (T45.1X5-)"; other effects keep the nature-then-drug pair together.
        int at = codes.get(0).code().value().startsWith("D64") ? 1 : codes.size();
        for (EncodedCode c : neoplasm.codes()) {
            codes.add(at++, NeoplasmStatements.cite(c, "I.C.2.c.2", "the neoplasm the patient has"));
        }
        return NeoplasmStatements.result(statement, codes, caused, neoplasm);
    }

    /** Literal pre-check (hot path): a connector to the neoplasm and a cause. */
    private static boolean mayApply(String t) {
        return (t.contains(" with ") || t.contains(" for ")) && (t.contains("due to") || t.contains("induced")
                || t.contains(" from ") || t.contains("secondary to") || t.contains("caused by")
                || t.contains("associated"));
    }

    /** A condition first, and the adverse-effect code of its drug (5th or 6th character 5) among the codes. */
    private static boolean adverseEffect(EncodeResult r) {
        return r.codes().size() > 1 && !r.codes().get(0).code().value().startsWith("T")
                && r.codes().stream().anyMatch(c -> CodeAdditions.adverseEffect(c.code()));
    }

    /** A neoplasm of chapter 2 (C00-D49). */
    private static boolean neoplasm(EncodedCode c) {
        String v = c.code().value();
        return v.startsWith("C") || v.compareTo("D00") >= 0 && v.compareTo("D50") < 0;
    }
}
