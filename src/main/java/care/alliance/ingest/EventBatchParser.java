package care.alliance.ingest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import care.alliance.shared.web.ApiException;

/**
 * Reads a request body as a JSON tree and checks its shape: an object whose {@code events} is an
 * array of at most {@value #MAX_EVENTS}. A body that is not that shape is refused whole (400,
 * nothing stored); inside the array every event is judged on its own by {@link EventReader}.
 */
@Component
class EventBatchParser {

    static final int MAX_EVENTS = 1000;

    /** Duplicate keys would make "which value counts" a guess; deep nesting is only an attack. */
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final EventReader reader;

    EventBatchParser(Clock clock) {
        this.reader = new EventReader(clock);
    }

    List<ParsedEvent> parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw ApiException.invalid("body", "is required: a JSON object with an \"events\" array");
        }
        JsonNode root = tree(body);
        if (!root.isObject()) {
            throw ApiException.invalid("body", "must be a JSON object with an \"events\" array");
        }
        JsonNode events = root.get("events");
        if (events == null || events.isNull()) {
            throw ApiException.invalid("events", "is required");
        }
        if (!events.isArray()) {
            throw ApiException.invalid("events", "must be an array");
        }
        if (events.size() > MAX_EVENTS) {
            throw ApiException.invalid("events", "must hold at most %d events, got %d".formatted(MAX_EVENTS, events.size()));
        }
        List<ParsedEvent> parsed = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            parsed.add(reader.read(i, events.get(i)));
        }
        return parsed;
    }

    private static JsonNode tree(byte[] body) {
        try {
            JsonNode root = MAPPER.readTree(body);
            if (root == null || root.isMissingNode()) {
                throw ApiException.invalid("body", "is required: a JSON object with an \"events\" array");
            }
            return root;
        } catch (JacksonException e) {
            // The parser's own message can quote the input; say where, not what.
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : " at line %d, column %d".formatted(at.getLineNr(), at.getColumnNr());
            String what = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate")
                    ? "has a duplicate property" : "is not valid JSON";
            throw ApiException.invalid("body", what + where);
        }
    }
}
