package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;
import org.medcoder.encoder.EncodedCode;
import org.medcoder.encoder.OpenQuestion;
import org.medcoder.encoder.Setting;

/**
 * Conditions a statement states in clauses of their own ("X with Y", "X due to Y", "X on Y", "X, Y"), coded when
 * the classification says both are coded, although the statement's best index path reached only one of them. Each
 * clause is looked up alone (I.B.1) and its code is kept only when a rule links it to a code already assigned:
 * <ul>
 *   <li>a Tabular List note of one naming the other: "use additional code", "code also", "code first" (I.A.13,
 *       I.A.17; R65.2 "use additional code to identify specific acute organ dysfunction", I16 "code also any
 *       identified hypertensive disease", K31.84 "code first ... diabetes mellitus (E11.43)");</li>
 *   <li>a note asking for codes without naming them ("code(s) to identify all manifestations of HIV infection" at
 *       B20, "code to identify infection" at T81.4): the stated condition follows (I.C.1.a.2.b, I.C.1.d.5.b);</li>
 *   <li>an organism stated as the cause of a condition classified elsewhere: B95-B97 after it (chapter 1, B95-B97
 *       are supplementary codes; "use additional code to identify infectious agent");</li>
 *   <li>a poisoning and its manifestations: the T code first (I.C.19.e.5.b); an underdosing: the condition, then
 *       the T code, then the noncompliance Z91.1- code saying the intent (I.C.19.e.5.c, I.C.21.c.3);</li>
 *   <li>a condition stated as acute on (or superimposed on) its chronic form: both, the acute first (I.B.8).</li>
 * </ul>
 * Severe sepsis and septic shock ({@link Sepsis}) are sequenced first (I.C.1.d.1.b, I.C.1.d.2, I.C.1.d.3).
 */
final class StatedConditions {

    private static final Pattern ENCOUNTER = Pattern.compile(
            "^(?:initial|subsequent|sequela|adult|encounter|(?:initial|subsequent) encounter|sequela encounter)$");
    /** Words that tell an underdosing's intent or a noncompliance (I.C.19.e.5.c). */
    private static final Pattern INTENT = Pattern.compile("\\b(?:intentional(?:ly)?|unintentional(?:ly)?|forgot|"
            + "financial hardship|afford|noncomplian(?:t|ce)|non-complian(?:t|ce)|age-related debility|cost|"
            + "side effects?|on (?:his|her|their) own|rationing|skipping|stopped|forgetting)\\b");

    /** A drug not taken as prescribed, in the words clinicians write (I.C.19.e.5.c: underdosing). */
    private static final Pattern UNDERDOSED = Pattern.compile("\\b(?:patient )?(?:forgot to take|did not take|"
            + "stopped taking|ran out of|not taking|skipped(?: doses? of)?|missed doses? of)\\s+(?:his |her |their )?");

    /** Words that report how a condition was found, not the condition ("abnormal finding of newly diagnosed X"). */
    private static final Pattern FINDING = Pattern.compile(
            "\\b(?:abnormal findings? of|newly diagnosed|new(?:ly)? onset(?: of)?)\\s+");

    private final Engine engine;
    /** For the inclusion terms of assigned codes ({@link Coexisting#otherChapter}). */
    private final IcdCmRelease release;
    private final LinkNotes notes;
    private final Coding coding;
    private final Sepsis sepsis;
    private final TabularWalker walker;
    private final CodeFirstOf codeFirstOf;
    private final CodeAdditions additions;
    private final OwnClauses own;
    private final HistoryClauses historyClauses;

    StatedConditions(Engine engine, IcdCmRelease release, Coding coding, TabularWalker walker, CodeAdditions adds,
            PastCondition past) {
        this.engine = engine;
        this.additions = adds;
        this.walker = walker;
        this.codeFirstOf = new CodeFirstOf(release, walker.titles());
        this.notes = new LinkNotes(release);
        this.release = release;
        this.coding = coding;
        this.sepsis = new Sepsis(engine);
        this.own = new OwnClauses(release);
        this.historyClauses = new HistoryClauses(engine, past);
    }

    /**
     * One clause of the statement: its words, the connector that opened it ("" for the first), its place and its
     * words' stems (stemmed once: the link checks read them for every assigned code).
     */
    record Clause(String text, String connector, int index, List<String> stems) {
    }

    /** The result with the codes of the statement's linked clauses added in their places. */
    EncodeResult apply(Statement s, EncodeResult r, EncodeOptions options) {
        String t = s.expanded;
        if (r.codes().isEmpty()) {
            return r;
        }
        List<EncodedCode> codes = new ArrayList<>(r.codes());
        List<OpenQuestion> questions = new ArrayList<>(r.questions());
        if (mayHaveClauses(t)) {
            List<Clause> clauses = historyClauses.whole(clauses(t), options);
            if (Sepsis.severe(t)) {
                sepsis.sequence(t, clauses, codes, options);
            }
            // By identity: each clause has its own index, so no two are equal (hot path: no record hash of the stems).
            java.util.Map<Clause, List<EncodedCode>> looked = new java.util.IdentityHashMap<>();
            List<List<String>> stems = new ArrayList<>(1); // the statement's stems, once, when a clause asks
            // Two passes: a clause may be linked only by a code a later clause brings ("hypothyroidism with
            // intentional underdosing of levothyroxine": E03.9 is linked by T38.1X6A).
            for (int pass = 0, before = -1; clauses.size() > 1 && pass < 2 && before != codes.size(); pass++) {
                before = codes.size();
                for (Clause c : clauses) {
                    List<EncodedCode> ys = looked.get(c);
                    if (ys == null) {
                        // A clause the assigned codes' titles already say needs no lookup (hot path; I.B.9).
                        ys = CodeKinds.saidByAll(c, codes) || Negated.listed(c.stems(), stems(t, stems))
                                ? List.of() : clauseCodes(c, clauses, options, questions);
                        looked.put(c, ys);
                    }
                    for (EncodedCode y : ys) {
                        boolean ownClause = own.coded(c, y, codes, clauses);
                        link(c, y, codes, t, ownClause || Coexisting.joined(c, clauses, y, codes) && Coexisting.coded(c, y, codes)
                                || Coexisting.otherChapter(c, y, codes, release), options.setting(), ownClause);
                    }
                }
            }
            Underdosing.add(t, codes, engine, additions, options);
            noncompliance(t, codes, options);
            conditionOfOrganism(clauses.get(0), r, codes, options, questions);
            organismLast(codes);
        }
        manifestations(s, codes, options);
        walker.companions().add(s, codes, options, walker, coding);
        if (codes.equals(r.codes())) {
            return r;
        }
        return new EncodeResult(r.statement(), coding.finish(Coding.weeksLast(codes)), questions, List.of(), engine.releaseName());
    }

    /** The statement's stems, computed on the first call and kept in {@code memo}. */
    private static List<String> stems(String t, List<List<String>> memo) {
        if (memo.isEmpty()) {
            memo.add(Words.stems(t));
        }
        return memo.get(0);
    }

    /** Literal pre-check (hot path): a connector or a sepsis term. */
    private static boolean mayHaveClauses(String t) {
        return t.indexOf(',') >= 0 || t.indexOf(';') >= 0 || t.indexOf('(') >= 0 || t.contains(" with ")
                || t.contains(" due to ")
                || t.contains(" on ") || t.contains(" and ") || t.contains(" from ") || t.contains("secondary to")
                || t.contains("caused by") || t.contains("because of") || t.contains("sepsis")
                || t.contains("septic");
    }

    /** The statement's clauses in order; pieces that only name the encounter are left out. */
    static List<Clause> clauses(String t) {
        List<Clause> out = new ArrayList<>();
        int at = 0;
        String connector = "";
        for (int[] m : ClauseConnectors.find(t)) {
            add(out, t.substring(at, m[0]), connector);
            connector = t.substring(m[0], m[1]).strip();
            at = m[1];
        }
        add(out, t.substring(at), connector);
        return out;
    }

    private static void add(List<Clause> out, String piece, String connector) {
        String p = piece.strip();
        if (!p.isEmpty() && !ENCOUNTER.matcher(p).matches()) {
            out.add(new Clause(p, connector, out.size(), List.copyOf(Words.stems(p))));
        }
    }

    /** The clause's codes: its own lookup; an organism is looked up as the cause of a disease elsewhere. */
    private List<EncodedCode> clauseCodes(Clause c, List<Clause> all, EncodeOptions options,
            List<OpenQuestion> questions) {
        String text = FINDING.matcher(UNDERDOSED.matcher(c.text()).replaceFirst("underdosing of ")).replaceAll("");
        if (c.index() > 0 && text.equals(c.text()) && additions.onlyDrug(text)) {
            return List.of(); // the drug that caused a condition is its T code, not a condition (I.C.19.e.5)
        }
        EncodeResult r = engine.encodePlain(withEncounter(text, all), options);
        if (r.codes().isEmpty() && c.index() > 0) {
            // Index: "Infection, bacterial, as cause of disease classified elsewhere, <organism>" (B95-B96).
            r = engine.encodePlain("infection, bacterial, as cause of disease classified elsewhere, " + c.text(),
                    options);
            if (r.codes().stream().anyMatch(x -> !CodeKinds.organism(x.code().value()))) {
                return List.of();
            }
        }
        questions.addAll(r.questions());
        return r.codes();
    }

    /** The clause with the statement's encounter words, which give an injury or T code its 7th character. */
    private static String withEncounter(String clause, List<Clause> all) {
        for (Clause c : all) {
            if (c.text().endsWith("encounter") && !c.text().equals(clause)) {
                return clause + ", " + c.text();
            }
        }
        return clause;
    }

    /** Adds {@code y} to the codes when a rule links it to one of them, or it is a coexisting condition (IV.J). */
    private void link(Clause c, EncodedCode y, List<EncodedCode> codes, String t, boolean coexisting,
            Setting setting, boolean ownClause) {
        String v = y.code().value();
        for (EncodedCode x : codes) {
            if (CodeKinds.covers(x, y) && !coexisting) {
                return;
            }
        }
        if (v.charAt(0) != 'Z' && PastCondition.condition(c.text()) != null
                && codes.stream().anyMatch(x -> StatedClauses.Kind.HISTORY.allows(x.code().value()))) {
            return; // "history of X" coded as a history states no current X (I.C.21.c.4: it no longer exists)
        }
        if (ExternalCauses.cause(v) || v.startsWith("R652") || v.charAt(0) == 'O') {
            return; // how an injury happened is the External Cause index's (Engine); sepsis is Sepsis's; a
                    // pregnancy is PregnancyContext's (I.C.15.a)
        }
        for (EncodedCode x : codes) {
            boolean says = CodeKinds.saysClause(c, x) && (y.title().contains("unspecified") || !notes.noted(x.code(), y.code()));
            if (says || CodeKinds.organism(v) && CodeKinds.sharesWord(x.title(), y.title())) {
                return; // the combination code already says it (I.B.9; "pneumonia due to influenza" J11.00)
            }
        }
        String why = null;
        String section = null;
        StatedKinds.Link kind = null;
        boolean yFirst = false;
        EncodedCode subject = null;
        for (EncodedCode x : codes) {
            String xv = x.code().value();
            if (notes.noted(x.code(), y.code()) || notes.noted(y.code(), x.code())) {
                why = "a Tabular List note links it to " + x.code().dotted();
                section = "I.A.13";
                subject = c.index() == 0 && notes.alsoOnly(x.code(), y.code()) ? x : null;
            } else if (!CodeKinds.drugCode(xv) && notes.manifestations(x.code()) && !v.startsWith("Z") && !v.startsWith("B20")) {
                why = "stated with " + x.code().dotted() + ", whose note asks for the codes of its manifestations";
                section = xv.startsWith("B20") ? "I.C.1.a.2.b" : "I.A.13";
            } else if (v.equals("B20") && !xv.startsWith("Z")) {
                why = "HIV disease stated with " + x.code().dotted() + ": B20 first, the related condition after";
                section = "I.C.1.a.2.b";
            } else if (CodeKinds.organism(v) && c.index() > 0 && !CodeKinds.causeNamed(codes)) {
                why = "the organism stated as the cause of " + x.code().dotted() + ", a supplementary code";
                section = "I.C.1";
            } else if (CodeKinds.poisoning(xv) && !v.startsWith("T") && !v.startsWith("Z")) {
                why = "a manifestation of the poisoning " + x.code().dotted();
                section = "I.C.19.e.5.b";
            } else if (CodeKinds.poisoning(v) && !xv.startsWith("T")) {
                why = "the poisoning stated with " + x.code().dotted() + ", sequenced first";
                section = "I.C.19.e.5.b";
            } else if (CodeKinds.underdosing(v) && !xv.startsWith("T") || CodeKinds.underdosing(xv) && !v.startsWith("T")
                    && !v.startsWith("Z")) {
                why = "the condition and the underdosing stated with it";
                section = "I.C.19.e.5.c";
            } else if (CodeKinds.acuteOnChronic(t) && (xv.startsWith("N18") && v.startsWith("N17")
                    || xv.startsWith("N17") && v.startsWith("N18"))) {
                why = "acute on chronic: both coded, the acute first";
                section = "I.B.8";
            } else if ((kind = StatedKinds.link(xv, v, codes, t)) != null) {
                why = kind.why() + " (" + x.code().dotted() + ")";
                section = kind.section();
                yFirst = StatedKinds.writtenFirst(t, c, v);
            }
            if (why != null) {
                break;
            }
        }
        if (why == null && ownClause) {
            own.place(codes, y, c);
        } else if (why == null && coexisting) {
            Coexisting.place(codes, y, c, setting);
        } else if (why != null) {
            EncodedCode z = y.withStep("stated in the statement (\"" + c.text() + "\"), looked up alone: " + why
                    + " (" + section + ")", List.of(section));
            if (subject != null) {
                codes.add(codes.indexOf(subject), z.withStep("a \"code also\" note does not decide the sequence: the"
                        + " condition the statement names first, its subject, comes first", List.of("I.A.17")));
            } else if (kind == null) {
                place(codes, z);
            } else {
                StatedKinds.place(codes, z, kind.order(), yFirst);
            }
        }
    }

    /**
     * The manifestations the statement states whose own "code first" note names an assigned code (K31.84 after
     * E11.43; {@link CodeFirstOf}), after that code (I.A.13).
     */
    private void manifestations(Statement s, List<EncodedCode> codes, EncodeOptions options) {
        for (EncodedCode x : List.copyOf(codes)) {
            for (IcdCmEntry e : codeFirstOf.stated(x.code().value(), s)) {
                if (codes.stream().anyMatch(c -> c.code().category().equals(e.code().category()))) {
                    continue;
                }
                walker.complete(e.code().value(), s, options, -1L).ifPresent(w -> codes.add(codes.indexOf(x) + 1,
                        coding.coded(w, "code first note at " + e.code().dotted() + " names " + x.code().dotted()
                                + ": the manifestation the statement states, after its etiology", List.of("I.A.13"))));
            }
        }
    }

    /**
     * When the statement's only code is the organism ("meningitis due to Streptococcus pneumoniae": the path to
     * B95.3 explains more words), the condition is the clause before it, coded first: B95-B97 are never
     * first-listed (chapter 1 note at B95-B97).
     */
    private void conditionOfOrganism(Clause first, EncodeResult r, List<EncodedCode> codes, EncodeOptions options,
            List<OpenQuestion> questions) {
        if (!r.codes().stream().allMatch(c -> CodeKinds.organism(c.code().value()))
                || codes.stream().anyMatch(c -> !CodeKinds.organism(c.code().value()))) {
            return;
        }
        EncodeResult head = engine.encodePlain(first.text(), options);
        List<EncodedCode> found = head.codes().stream().filter(c -> !CodeKinds.organism(c.code().value())).toList();
        questions.addAll(head.questions());
        for (int i = found.size() - 1; i >= 0; i--) {
            codes.add(0, found.get(i).withStep("the condition the organism caused, looked up alone (\"" + first.text()
                    + "\"): before the organism's B95-B97 code (I.C.1)", List.of("I.C.1")));
        }
    }

    /**
     * B95-B97 are supplementary codes for the agent of a disease classified elsewhere, never first-listed: when a
     * condition was coded too, the organism follows it (chapter 1 note at B95-B97; I.C.1).
     */
    private static void organismLast(List<EncodedCode> codes) {
        if (codes.size() > 1 && CodeKinds.organism(codes.get(0).code().value())) {
            codes.add(codes.remove(0));
        }
    }

    /**
     * The noncompliance code of an underdosing whose intent the statement tells (Z91.12-, Z91.13-; I.C.19.e.5.c:
     * "noncompliance ... codes are to be used with an underdosing code to indicate intent, if known"), or of a
     * renal dialysis the patient does not keep (Z91.15-).
     */
    private void noncompliance(String t, List<EncodedCode> codes, EncodeOptions options) {
        boolean under = codes.stream().anyMatch(c -> CodeKinds.underdosing(c.code().value()));
        boolean dialysis = t.contains("dialysis") && (t.contains("noncomplian") || t.contains("non-complian")
                || t.contains("missed"));
        if (!under && !dialysis || t.contains("caregiver") || under && Underdosing.intent(t).caregiver() // Z91.A-
                || codes.stream().anyMatch(c -> CodeKinds.noncompliance(c.code().value()))) {
            return;
        }
        Matcher m = INTENT.matcher(t);
        if (!m.find()) {
            return;
        }
        boolean hardship = Underdosing.hardship(t);
        String lookup = "noncompliance with dialysis" + (hardship ? " due to financial hardship" : " specified reason");
        if (under) {
            boolean unintended = t.contains("unintentional") || t.contains("forgot") || t.contains("forgetting");
            lookup = "underdosing " + (unintended ? "unintentional" : "intentional")
                    + (hardship ? " due to financial hardship" : t.contains("age-related debility")
                    ? " due to age-related debility" : "");
        }
        for (EncodedCode z : engine.encodePlain(lookup, options).codes()) {
            if (z.code().value().startsWith("Z911")) {
                int at = codes.size(); // right after the underdosing code, before status codes such as Z79.4
                for (int i = 0; i < codes.size(); i++) {
                    at = CodeKinds.underdosing(codes.get(i).code().value()) ? i + 1 : at;
                }
                codes.add(at, z.withStep("the intent of the underdosing or the noncompliance stated in the statement,"
                        + " after the underdosing code (I.C.19.e.5.c, I.C.21.c.3)", List.of("I.C.19.e.5.c")));
            }
        }
    }

    /**
     * Where a linked code goes: a poisoning first, its manifestations after (I.C.19.e.5.b); the condition of an
     * underdosing before the underdosing code (I.C.19.e.5.c); the acute before the chronic (I.B.8); B20 first
     * (I.C.1.a.2.b); others after the codes found so far.
     */
    private static void place(List<EncodedCode> codes, EncodedCode y) {
        String v = y.code().value();
        int at = indexOf(codes, "Z911", codes.size());
        if (CodeKinds.poisoning(v) || v.equals("B20")) {
            at = 0;
        } else if (v.startsWith("N17")) {
            at = indexOf(codes, "N18", at);
        } else if (!v.startsWith("T") && !v.startsWith("Z")) {
            for (int i = 0; i < codes.size(); i++) {
                if (CodeKinds.underdosing(codes.get(i).code().value())) {
                    at = Math.min(at, i);
                }
            }
        }
        codes.add(at, y);
    }

    private static int indexOf(List<EncodedCode> codes, String prefix, int otherwise) {
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i).code().value().startsWith(prefix)) {
                return i;
            }
        }
        return otherwise;
    }
}
