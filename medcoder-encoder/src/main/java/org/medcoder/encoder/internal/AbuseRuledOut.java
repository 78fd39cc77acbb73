package org.medcoder.encoder.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;

/**
 * A suspected abuse, neglect or maltreatment the statement says was ruled out is not coded to T76 (Guidelines
 * I.C.19.f: "If a suspected case of abuse, neglect or mistreatment is ruled out during an encounter code Z04.71 ...
 * or code Z04.72 ..., should be used, not a code from T76"). Index: Observation (following) (for) (without need for
 * further medical care), suspected, abuse, ruled out: physical Z04.7- (adult Z04.71, child Z04.72), sexual or rape
 * Z04.4- (adult Z04.41, child Z04.42).
 */
final class AbuseRuledOut {

    private static final Pattern RULED_OUT = Pattern.compile("\\b(?:ruled\\s+out|not\\s+confirmed|unconfirmed|"
            + "unsubstantiated|unfounded)\\b");
    private static final Pattern ABUSE = Pattern.compile("\\b(?:abuse[ds]?|maltreatment|mistreatment|neglect(?:ed)?|"
            + "rape[ds]?)\\b");
    private static final Pattern SEXUAL = Pattern.compile("\\b(?:rape[ds]?|sexual(?:ly)?)\\b");
    private static final Pattern CHILD = Pattern.compile("\\b(?:child|children|pediatric|infant|toddler|baby|newborn|"
            + "minor|boy|girl|adolescent|teen(?:ager)?)\\b");
    /** Substance abuse is no maltreatment (F10-F19, I.C.5.b). */
    private static final Pattern SUBSTANCE = Pattern.compile("\\b(?:alcohol|drug|substance|opioid|cocaine|cannabis|"
            + "marijuana|tobacco|nicotine|laxative|steroid)s?\\s+abuse\\b");

    private final TabularWalker walker;
    private final Coding coding;
    private final Vocabulary vocabulary;
    private final String releaseName;

    AbuseRuledOut(TabularWalker walker, Coding coding, Vocabulary vocabulary, String releaseName) {
        this.walker = walker;
        this.coding = coding;
        this.vocabulary = vocabulary;
        this.releaseName = releaseName;
    }

    /** The Z04.4-/Z04.7- code of a suspected abuse ruled out, else null. */
    EncodeResult encode(String statement, EncodeOptions options) {
        String t = Lower.of(statement);
        // Literal gates before any regex: every statement passes here.
        if (!t.contains("ruled out") && !t.contains("confirmed") && !t.contains("unsubstantiated")
                && !t.contains("unfounded") || !t.contains("abuse") && !t.contains("neglect") && !t.contains("rape")
                && !t.contains("treatment")) {
            return null;
        }
        if (!RULED_OUT.matcher(t).find() || !ABUSE.matcher(t).find() || SUBSTANCE.matcher(t).find()) {
            return null;
        }
        boolean child = CHILD.matcher(t).find();
        String target = SEXUAL.matcher(t).find() ? (child ? "Z0442" : "Z0441") : (child ? "Z0472" : "Z0471");
        return walker.complete(target, Statement.analyse(t, vocabulary), options, -1L)
                .map(r -> coding.coded(r, "Observation, suspected, abuse, " + (child ? "child" : "adult")
                        + ", ruled out: the suspicion was ruled out, not coded to T76", List.of("I.C.19.f")))
                .map(c -> new EncodeResult(statement, List.of(c), List.of(), List.of(), releaseName))
                .orElse(null);
    }
}
