package org.medcoder.claims.x12;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The StAEDI transaction schemas medcoder ships, loaded once from the class path. */
public final class X12Schemas {

    private static final Map<TransactionKind, Optional<Schema>> CACHE = new EnumMap<>(TransactionKind.class);

    /** StAEDI logs unused control-schema types at INFO on every load: noise on a command line. Held to keep the level. */
    private static final java.util.logging.Logger STAEDI_LOG = quiet();

    private X12Schemas() {
    }

    /** The schema of a transaction kind, or empty when its schema file is not (yet) in the class path. */
    public static synchronized Optional<Schema> schemaFor(TransactionKind kind) {
        return CACHE.computeIfAbsent(kind, X12Schemas::load);
    }

    private static java.util.logging.Logger quiet() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("io.xlate.edi");
        log.setLevel(java.util.logging.Level.WARNING);
        return log;
    }

    /** Makes sure StAEDI's INFO logging is off before the first reader is created. */
    static void init() {
        STAEDI_LOG.getLevel();
    }

    private static Optional<Schema> load(TransactionKind kind) {
        try (InputStream in = X12Schemas.class.getClassLoader().getResourceAsStream(kind.schemaResource())) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(SchemaFactory.newFactory().createSchema(in));
        } catch (IOException | EDISchemaException e) {
            // A broken schema is a bug in medcoder, not a user mistake.
            throw new IllegalStateException("cannot load X12 schema " + kind.schemaResource() + ": " + e.getMessage(), e);
        }
    }
}
