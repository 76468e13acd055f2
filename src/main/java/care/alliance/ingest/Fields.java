package care.alliance.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one event, collecting a precise message for every field that is wrong (the
 * sender fixes them all at once). A getter returns null for a missing or invalid field; the caller
 * builds content only when {@link #ok()}. Values the sender chose are echoed shortened and quoted.
 */
final class Fields {

    /** Timestamps outside this window are refused: a far-future one would stay "latest" for ever (H05). */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final Duration CLOCK_SKEW = Duration.ofHours(1);
    private static final int ECHO = 40;

    private final JsonNode event;
    private final Clock clock;
    private final List<String> problems = new ArrayList<>();

    Fields(JsonNode event, Clock clock) {
        this.event = event;
        this.clock = clock;
    }

    boolean ok() {
        return problems.isEmpty();
    }

    String message() {
        return String.join("; ", problems);
    }

    void problem(String message) {
        problems.add(message);
    }

    /** Ids are keys (the raw store's unique key compares them byte for byte): visible ASCII only. */
    String id(String name) {
        JsonNode value = required(name);
        if (value == null) {
            return null;
        }
        String id = value.isString() ? value.stringValue() : null;
        if (id == null || id.isEmpty() || id.length() > 64 || !id.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            return fail(name + " must be a string of 1 to 64 visible ASCII characters");
        }
        return id;
    }

    /** Free text up to {@code max} characters (Unicode code points, as the VARCHAR counts them). */
    String text(String name, int max) {
        JsonNode value = required(name);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            return fail(name + " must be a string");
        }
        return checkedText(name, value.stringValue(), max);
    }

    /** As {@link #text} but may be absent or null. */
    String optionalText(String name, int max) {
        JsonNode value = event.get(name);
        return value == null || value.isNull() ? null : text(name, max);
    }

    Integer integer(String name, int min, int max) {
        JsonNode value = required(name);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            return fail("%s must be an integer between %d and %d".formatted(name, min, max));
        }
        return value.intValue();
    }

    Boolean bool(String name) {
        JsonNode value = required(name);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            return fail(name + " must be true or false");
        }
        return value.booleanValue();
    }

    <E extends Enum<E>> E oneOf(String name, Class<E> type) {
        JsonNode value = required(name);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            return fail(name + " must be a string");
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.stringValue())) {
                return constant;
            }
        }
        return fail("unknown %s %s; expected one of %s".formatted(name, quote(value.stringValue()),
                Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
    }

    /** An ISO-8601 date-time with an offset ("Z" or "+01:00"); local times are ambiguous, so refused. */
    Instant instant(String name) {
        JsonNode value = required(name);
        if (value == null) {
            return null;
        }
        Instant instant;
        try {
            instant = value.isString()
                    ? OffsetDateTime.parse(value.stringValue(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant()
                    : null;
        } catch (DateTimeParseException e) {
            instant = null;
        }
        if (instant == null) {
            return fail(name + " must be an ISO-8601 instant with offset, e.g. 2026-03-02T09:15:00Z");
        }
        if (instant.isBefore(EARLIEST)) {
            return fail(name + " must not be before " + EARLIEST);
        }
        if (instant.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            return fail(name + " must not be in the future");
        }
        return instant.truncatedTo(ChronoUnit.MICROS); // what DATETIME(6) keeps
    }

    /** An array of exactly {@code count} integers, each min..max; messages name the position. */
    List<Integer> integers(String name, int count, int min, int max) {
        JsonNode value = required(name);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            return fail(name + " must be an array of integers");
        }
        if (value.size() != count) {
            return fail("%s must have %d values".formatted(name, count));
        }
        List<Integer> numbers = new ArrayList<>(count);
        boolean valid = true;
        for (int i = 0; i < count; i++) {
            JsonNode item = value.get(i);
            if (!item.isIntegralNumber() || !item.canConvertToInt() || item.intValue() < min || item.intValue() > max) {
                problem("%s[%d] must be an integer between %d and %d".formatted(name, i, min, max));
                valid = false;
            } else {
                numbers.add(item.intValue());
            }
        }
        return valid ? numbers : null;
    }

    static String quote(String value) {
        String shown = value.codePointCount(0, value.length()) <= ECHO ? value
                : value.substring(0, value.offsetByCodePoints(0, ECHO)) + "…";
        return "'" + shown.codePoints().map(c -> Character.isISOControl(c) || (c >= 0xD800 && c <= 0xDFFF) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "'";
    }

    private String checkedText(String name, String text, int max) {
        if (text.isBlank()) {
            return fail(name + " must not be blank");
        }
        if (text.codePointCount(0, text.length()) > max) {
            return fail("%s must be at most %d characters".formatted(name, max));
        }
        if (!allowedCharacters(text)) {
            return fail(name + " must not contain control characters or unpaired surrogates");
        }
        return text;
    }

    /** Tabs and line breaks are text; other control characters and broken UTF-16 are not. */
    private static boolean allowedCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private JsonNode required(String name) {
        JsonNode value = event.get(name);
        if (value == null || value.isNull()) {
            problems.add(name + " is required");
            return null;
        }
        return value;
    }

    private <T> T fail(String message) {
        problems.add(message);
        return null;
    }
}
