package care.alliance.digest;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one mapper digests are written and read with. Deliberately not the web layer's mapper: the stored
 * text must not change if the web's JSON settings do, because it is what the PWP was shown.
 */
public final class DigestJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private DigestJson() {
    }

    public static String write(DigestContent content) {
        return MAPPER.writeValueAsString(content);
    }

    public static DigestContent read(String json) {
        return MAPPER.readValue(json, DigestContent.class);
    }
}
