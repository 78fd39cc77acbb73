package org.medcoder.claims.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ExplanationOfBenefit;
import org.hl7.fhir.r4.model.Resource;

/**
 * Test helper: the CARIN Blue Button example EOBs from the evaluation folder (read where they lie, via the
 * {@code medcoder.eval} system property; never copied), and a structural fingerprint to compare ours with them.
 */
final class CarinExamples {

    private CarinExamples() {
    }

    static Path folder() {
        String eval = System.getProperty("medcoder.eval");
        assertThat(eval).as("system property medcoder.eval (set by the parent pom)").isNotNull();
        Path dir = Path.of(eval, "fhir-carin-bb", "examples");
        assertThat(dir).as("CARIN Blue Button examples in the evaluation folder").isDirectory();
        return dir;
    }

    static ExplanationOfBenefit eob(String name) {
        try {
            String json = Files.readString(folder().resolve("ExplanationOfBenefit_" + name + ".json"));
            return FhirR4.context().newJsonParser().parseResource(ExplanationOfBenefit.class, json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The code systems used at a path such as {@code item.productOrService} (a FHIRPath evaluated on the resource),
     * e.g. {@code [http://www.ama-assn.org/go/cpt]}.
     */
    static Set<String> systemsAt(Resource resource, String path) {
        Set<String> systems = new TreeSet<>();
        for (Base b : FhirR4.context().newFhirPath().evaluate(resource, path + ".coding", Base.class)) {
            systems.add(((Coding) b).getSystem());
        }
        return systems;
    }
}
