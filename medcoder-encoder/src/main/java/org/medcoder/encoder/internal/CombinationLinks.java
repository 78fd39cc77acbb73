package org.medcoder.encoder.internal;

import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;

/**
 * Codes the classification links to conditions already coded, applied last: a hypertension stated beside them
 * ({@link HypertensionLink}, I.C.9.a), an infection's stated drug resistance ({@link ResistanceStatus}, I.C.1.c), a
 * diabetic's foot or skin ulcer ({@link DiabeticUlcer}, I.A.15), the stated kind of angina with coronary
 * atherosclerosis ({@link AnginaKind}, I.C.9.b), diabetes with CKD ({@link DiabeticKidney}, I.A.15), a disorder of
 * renal origin beside its CKD ({@link RenalOrigin}, N25), the reason for an encounter before the condition it serves
 * ({@link EncounterClause}, I.C.21.a).
 * Each rule runs only behind a literal test on the statement.
 */
final class CombinationLinks {

    private final HypertensionLink hypertension;
    private final ResistanceStatus resistance;
    private final DiabeticUlcer ulcer;
    private final AnginaKind angina;
    private final DiabeticKidney diabeticKidney;
    private final RenalOrigin renalOrigin;
    private final EncounterClause encounter;

    CombinationLinks(Engine engine, IcdCmRelease release, TabularWalker walker, Coding coding) {
        this.hypertension = new HypertensionLink(walker, coding);
        this.resistance = new ResistanceStatus(engine, coding);
        this.ulcer = new DiabeticUlcer(engine, walker, coding);
        this.angina = new AnginaKind(engine, release, walker, coding);
        this.diabeticKidney = new DiabeticKidney(walker, coding);
        this.renalOrigin = new RenalOrigin(engine, coding);
        this.encounter = new EncounterClause(engine, walker, coding);
    }

    /** {@code r} with the linked codes added. */
    EncodeResult apply(Statement s, EncodeResult r, EncodeOptions options) {
        EncodeResult linked = angina.apply(s, ulcer.apply(s, r, options), options);
        linked = renalOrigin.apply(s, diabeticKidney.apply(s, linked, options), options);
        return encounter.apply(s, resistance.apply(s, hypertension.apply(s, linked, options), options), options);
    }
}
