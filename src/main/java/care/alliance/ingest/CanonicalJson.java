package care.alliance.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The content hash of an event for idempotency (H08): SHA-256 over the event re-serialised with
 * every object's keys sorted and no whitespace, so a retry that orders keys or spaces differently
 * is still recognised as the same event. The whole event counts, extra fields included: a
 * different body under the same id is a conflict, never silently a duplicate.
 */
final class CanonicalJson {

    private static final JsonMapper WRITER = JsonMapper.builder().build();

    private CanonicalJson() {
    }

    static String sha256(JsonNode event) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(WRITER.writeValueAsBytes(sorted(event)));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = WRITER.createObjectNode();
            List<String> names = new ArrayList<>(node.propertyNames());
            names.sort(null);
            for (String name : names) {
                copy.set(name, sorted(node.get(name)));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = WRITER.createArrayNode();
            for (JsonNode element : node.values()) {
                copy.add(sorted(element));
            }
            return copy;
        }
        return node;
    }
}
