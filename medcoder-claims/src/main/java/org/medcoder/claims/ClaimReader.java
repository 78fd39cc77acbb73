package org.medcoder.claims;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads claims from JSON (documented by {@code claim.schema.json}): one claim object, or a batch
 * {@code {"submitter": ..., "receiver": ..., "claims": [...]}}. Every problem in a claim becomes a finding with the
 * JSON path of the field; a claim with errors is not built, the others still are. Malformed JSON is a caller
 * mistake: an {@link IllegalArgumentException} naming the line and column.
 */
public final class ClaimReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ClaimReader() {
    }

    /** Reads the claims of a JSON file. */
    public static ClaimBatch read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException("no such file: " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(text, file.getFileName().toString());
    }

    /** Reads the claims of a JSON text; {@code source} names it in findings and errors. */
    public static ClaimBatch read(String json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(malformed(source, e));
        }
        if (root == null || root.isMissingNode()) {
            throw new IllegalArgumentException(source + ": empty file, expected a claim or {\"claims\": [...]}");
        }
        if (root.isObject() && root.has("claims")) {
            return withClaimParties(readBatch(root, source), root.get("claims"));
        }
        if (root.isArray()) {
            return withClaimParties(new ClaimBatch(source, Optional.empty(), Optional.empty(), readClaims(root, "$", source)), root);
        }
        if (!root.isObject()) {
            throw new IllegalArgumentException(source + ": expected a claim object or {\"claims\": [...]}, found " + root.getNodeType());
        }
        // A single claim may carry the envelope parties too, so that one file is enough to build an 837.
        ClaimBatch parties = readBatch(root, source, false);
        return new ClaimBatch(source, parties.submitter(), parties.receiver(), List.of(readClaim(root, "$", source)));
    }

    /** Envelope parties missing at the top are taken from the first claim object that has them. */
    private static ClaimBatch withClaimParties(ClaimBatch batch, JsonNode claims) {
        Optional<Submitter> submitter = batch.submitter();
        Optional<Receiver> receiver = batch.receiver();
        for (JsonNode c : claims) {
            if (c.isObject() && (submitter.isEmpty() || receiver.isEmpty())) {
                ClaimBatch parties = readBatch(c, batch.source(), false);
                submitter = submitter.or(parties::submitter);
                receiver = receiver.or(parties::receiver);
            }
        }
        return new ClaimBatch(batch.source(), submitter, receiver, batch.claims());
    }

    private static ClaimBatch readBatch(JsonNode root, String source) {
        return readBatch(root, source, true);
    }

    private static ClaimBatch readBatch(JsonNode root, String source, boolean withClaims) {
        JsonFields f = new JsonFields(source);
        Optional<Submitter> submitter = Optional.empty();
        Optional<Receiver> receiver = Optional.empty();
        if (root.has("submitter")) {
            JsonNode s = root.get("submitter");
            submitter = Optional.ofNullable(f.build("$.submitter", () -> new Submitter(f.text(s, "$.submitter", "name"),
                    f.text(s, "$.submitter", "id"), f.text(s, "$.submitter", "contactName"), f.text(s, "$.submitter", "phone"))));
        }
        if (root.has("receiver")) {
            JsonNode r = root.get("receiver");
            receiver = Optional.ofNullable(f.build("$.receiver", () -> new Receiver(f.text(r, "$.receiver", "name"),
                    f.text(r, "$.receiver", "id"))));
        }
        if (!f.findings().isEmpty()) {
            // The envelope parties are needed for every claim in the file: a mistake there is a caller mistake.
            throw new IllegalArgumentException(f.findings().get(0).toString());
        }
        if (!withClaims) {
            return new ClaimBatch(source, submitter, receiver, List.of());
        }
        JsonNode claims = root.get("claims");
        if (!claims.isArray()) {
            throw new IllegalArgumentException(source + ": $.claims must be an array");
        }
        return new ClaimBatch(source, submitter, receiver, readClaims(claims, "$.claims", source));
    }

    private static List<ClaimInput> readClaims(JsonNode array, String path, String source) {
        List<ClaimInput> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            out.add(readClaim(array.get(i), path + "[" + i + "]", source));
        }
        return out;
    }

    private static ClaimInput readClaim(JsonNode node, String path, String source) {
        JsonFields f = new JsonFields(source);
        Claim claim = null;
        if (!node.isObject()) {
            f.error("CLAIM-JSON-TYPE", path, "a claim is a JSON object");
        } else {
            claim = new JsonClaimParser(f).claim(node, path);
        }
        return new ClaimInput(path, f.hasErrors() ? Optional.empty() : Optional.ofNullable(claim), f.findings());
    }

    private static String malformed(String source, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        String what = e instanceof JsonParseException ? e.getOriginalMessage() : e.getOriginalMessage();
        return source + ": malformed JSON" + where + ": " + what.lines().findFirst().orElse(what);
    }
}
