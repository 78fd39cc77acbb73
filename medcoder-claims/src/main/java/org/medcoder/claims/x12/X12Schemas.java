package org.medcoder.claims.x12;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The StAEDI transaction schemas medcoder ships ({@code x12/*.xml} in medcoder-claims), loaded once from the class
 * path and shared; StAEDI schemas are immutable after loading.
 */
public final class X12Schemas {

    private static final Map<TransactionKind, Optional<Schema>> CACHE = new EnumMap<>(TransactionKind.class);
    private static Schema control;

    static {
        // StAEDI logs each type a schema declares but does not use (the 837 guides share one types file).
        java.util.logging.Logger.getLogger("io.xlate.edi.internal.schema.SchemaReaderBase")
                .setLevel(java.util.logging.Level.WARNING);
    }

    private X12Schemas() {
    }

    /** The schema of a transaction kind, or empty when its schema file is not (yet) in the class path. */
    public static synchronized Optional<Schema> schemaFor(TransactionKind kind) {
        return CACHE.computeIfAbsent(kind, X12Schemas::load);
    }

    /** Runs the static set-up (StAEDI's INFO logging off) before the first reader is created. */
    static void init() {
        // Class initialisation does the work.
    }

    /** The schema of a transaction kind that medcoder writes; missing is a bug. */
    static Schema require(TransactionKind kind) {
        return schemaFor(kind).orElseThrow(() -> new IllegalStateException("schema resource missing: " + kind.schemaResource()));
    }

    /** StAEDI's control schema for X12 00501 envelopes (ISA/GS/ST ... SE/GE/IEA with their counts). */
    public static synchronized Schema control() {
        if (control == null) {
            try {
                control = SchemaFactory.newFactory().getControlSchema(EDIStreamConstants.Standards.X12, new String[] {"00501"});
            } catch (EDISchemaException e) {
                throw new IllegalStateException("cannot load the X12 00501 control schema: " + e.getMessage(), e);
            }
        }
        return control;
    }

    private static Optional<Schema> load(TransactionKind kind) {
        URL url = X12Schemas.class.getClassLoader().getResource(kind.schemaResource());
        if (url == null) {
            return Optional.empty();
        }
        try {
            SchemaFactory factory = SchemaFactory.newFactory();
            // Relative includes (the shared 837 types file) resolve beside the schema, in a jar or a folder.
            factory.setProperty(SchemaFactory.SCHEMA_LOCATION_URL_CONTEXT, new URL(url, "."));
            return Optional.of(factory.createSchema(url));
        } catch (EDISchemaException | MalformedURLException e) {
            // A broken schema is a bug in medcoder, not a user mistake.
            throw new IllegalStateException("cannot load X12 schema " + kind.schemaResource() + ": " + e.getMessage(), e);
        }
    }
}
