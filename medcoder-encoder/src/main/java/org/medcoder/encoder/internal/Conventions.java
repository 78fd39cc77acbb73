package org.medcoder.encoder.internal;

import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.encoder.EncodeOptions;
import org.medcoder.encoder.EncodeResult;

/**
 * The conventions applied to a statement's codes once they are found: COVID-19 with its manifestations and
 * pregnancy ({@link Covid19}, I.C.1.g.1, I.C.15.s), organism codes a combination code names or the statement names
 * only in part ({@link RedundantOrganism}, I.B.9), the localized infection beside its sepsis ({@link LocalInfection},
 * I.C.1.d.4), etiology before manifestation ({@link ManifestationOrder}, I.A.13).
 */
final class Conventions {

    private final Covid19 covid19;
    private final ManifestationOrder manifestationOrder;
    private final LocalInfection localInfection;

    Conventions(Engine engine, IcdCmRelease release, TabularWalker walker, Coding coding, Vocabulary vocabulary) {
        this.covid19 = new Covid19(engine, walker, coding, vocabulary);
        this.manifestationOrder = new ManifestationOrder(release);
        this.localInfection = new LocalInfection(engine);
    }

    /** The statement's codes {@code r} with the conventions applied. */
    EncodeResult apply(Statement s, EncodeResult r, EncodeOptions options) {
        return manifestationOrder.apply(RedundantOrganism.apply(
                localInfection.apply(s, covid19.apply(s, r, options), options), s.expanded));
    }
}
