package org.medcoder.claims.x12;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import java.net.URL;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The StAEDI implementation schemas medcoder ships for the X12 5010 guides, loaded once from the class path
 * ({@code x12/*.xml} in medcoder-claims) and shared; StAEDI schemas are immutable after loading.
 */
public final class X12Schemas {

    private static final Map<X12Guide, Schema> CACHE = new EnumMap<>(X12Guide.class);
    private static Schema control;

    static {
        // StAEDI logs each type a schema declares but one guide does not use (the shared 005010 types file).
        java.util.logging.Logger.getLogger("io.xlate.edi.internal.schema.SchemaReaderBase")
                .setLevel(java.util.logging.Level.WARNING);
    }

    private X12Schemas() {
    }

    /** The transaction schema of a guide. */
    public static synchronized Schema of(X12Guide guide) {
        return CACHE.computeIfAbsent(guide, X12Schemas::load);
    }

    /** StAEDI's control schema for X12 00501 envelopes (ISA/GS/ST ... SE/GE/IEA with their counts). */
    public static synchronized Schema control() {
        if (control == null) {
            try {
                control = SchemaFactory.newFactory().getControlSchema(io.xlate.edi.stream.EDIStreamConstants.Standards.X12,
                        new String[] {"00501"});
            } catch (EDISchemaException e) {
                throw new IllegalStateException("cannot load the X12 00501 control schema: " + e.getMessage(), e);
            }
        }
        return control;
    }

    /** The transaction schema for an implementation convention reference (ST03/GS08), when medcoder has one. */
    public static Optional<Schema> forReference(String reference) {
        for (X12Guide g : X12Guide.values()) {
            if (g.reference().equals(reference)) {
                return Optional.of(of(g));
            }
        }
        return Optional.empty();
    }

    private static Schema load(X12Guide guide) {
        URL url = X12Schemas.class.getClassLoader().getResource(guide.schemaResource());
        if (url == null) {
            throw new IllegalStateException("schema resource missing from the class path: " + guide.schemaResource());
        }
        try {
            SchemaFactory factory = SchemaFactory.newFactory();
            // Relative includes (the shared 005010 types file) resolve beside the schema, in a jar or a folder.
            factory.setProperty(SchemaFactory.SCHEMA_LOCATION_URL_CONTEXT, new URL(url, "."));
            return factory.createSchema(url);
        } catch (EDISchemaException | java.net.MalformedURLException e) {
            throw new IllegalStateException("cannot load X12 schema " + guide.schemaResource() + ": " + e.getMessage(), e);
        }
    }
}
