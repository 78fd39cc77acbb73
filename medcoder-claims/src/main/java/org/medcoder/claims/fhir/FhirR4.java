package org.medcoder.claims.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * The one FHIR R4 context medcoder uses (building it scans every R4 model class, so it is made once and shared), and
 * JSON output.
 */
public final class FhirR4 {

    private FhirR4() {
    }

    /** The shared R4 context (HAPI's cached instance: thread-safe once built). */
    public static FhirContext context() {
        return FhirContext.forR4Cached();
    }

    /** A resource as pretty-printed FHIR JSON. */
    public static String json(Resource resource) {
        return context().newJsonParser().setPrettyPrint(true).encodeResourceToString(resource);
    }

    /**
     * A collection bundle of resources. Each entry's full URL must be absolute (R4 Bundle rules); the resources have no
     * server, so it is a {@code urn:uuid:} derived from the resource type and id, the same on every run.
     */
    public static Bundle collection(List<? extends Resource> resources) {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.COLLECTION);
        for (Resource r : resources) {
            String key = r.fhirType() + "/" + r.getIdElement().getIdPart();
            UUID uuid = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
            bundle.addEntry().setFullUrl("urn:uuid:" + uuid).setResource(r);
        }
        return bundle;
    }

    /** The resource, or a collection bundle when there is more than one. */
    public static Resource oneOrBundle(List<? extends Resource> resources) {
        if (resources.isEmpty()) {
            throw new IllegalArgumentException("no resources to write");
        }
        return resources.size() == 1 ? resources.get(0) : collection(resources);
    }
}
