package org.medcoder.encoder.internal;

import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;

/**
 * The conventions applied to a statement's codes once they are found: COVID-19 with its manifestations and
 * pregnancy ({@link Covid19}, I.C.1.g.1, I.C.15.s), organism codes a combination code names or the statement names
 * only in part ({@link RedundantOrganism}, I.B.9), the localized infection beside its sepsis ({@link LocalInfection},
 * I.C.1.d.4), a "without" code whose "with" sibling's note lists what the statement states ({@link SymptomSibling},
 * I.B.1), etiology before manifestation ({@link ManifestationOrder}, I.A.13), the drug rules of the Table of
 * Drugs and Chemicals ({@link DrugStatements}, I.C.19.e.5), the links the classification presumes between stated
 * conditions ({@link CombinationLinks}: hypertension I.C.9.a, resistance I.C.1.c), a cause the index names only
 * generically ({@link PhysiologicalCause}, I.A.13), a pre-procedural examination before the reason for the surgery
 * ({@link PreopExam}, IV.M), a residual before the injury it is the sequela of ({@link SequelaStatement},
 * I.C.19.a), and no note code beside a same-category code that answers the note ({@link SatisfiedNote}, I.A.13).
 */
final class Conventions {

    private final Covid19 covid19;
    private final ManifestationOrder manifestationOrder;
    private final AdditionalCodeOrder additionalOrder;
    private final LocalInfection localInfection;
    private final SymptomSibling symptomSibling;
    private final DrugStatements drugs;
    private final CombinationLinks links;
    private final PhysiologicalCause physiologicalCause;
    private final PreopExam preop;
    private final SequelaStatement sequela;

    Conventions(Engine engine, IcdCmRelease release, TabularWalker walker, Coding coding, Vocabulary vocabulary,
            CodeAdditions additions, Tables tables) {
        this.covid19 = new Covid19(engine, walker, coding, vocabulary);
        this.drugs = new DrugStatements(engine, release, walker, coding, additions, tables, vocabulary);
        this.manifestationOrder = new ManifestationOrder(release);
        this.additionalOrder = new AdditionalCodeOrder(release);
        this.localInfection = new LocalInfection(engine);
        this.symptomSibling = new SymptomSibling(release, walker, coding);
        this.links = new CombinationLinks(engine, release, walker, coding);
        this.physiologicalCause = new PhysiologicalCause(engine);
        this.preop = new PreopExam(engine);
        this.sequela = new SequelaStatement(engine);
    }

    /** The statement's codes {@code r} with the conventions applied. */
    EncodeResult apply(Statement s, EncodeResult r, EncodeOptions options) {
        EncodeResult ordered = additionalOrder.apply(manifestationOrder.apply(RedundantOrganism.apply(
                localInfection.apply(s, symptomSibling.apply(s, covid19.apply(s, r, options), options), options),
                s.expanded)));
        EncodeResult linked = links.apply(s, drugs.apply(s, ordered, options), options);
        return SatisfiedNote.apply(sequela.apply(s, preop.apply(s, physiologicalCause.apply(s, linked, options),
                options), options));
    }

    /** The drug rules that read a statement before it is coded ({@link DrugStatements}). */
    DrugStatements drugs() {
        return drugs;
    }
}
