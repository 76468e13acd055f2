package care.alliance.patients.api;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

import care.alliance.shared.web.ApiException;
import care.alliance.shared.web.ApiProblems.FieldProblem;

/**
 * Reads a request body field by field, strictly: a wrong JSON type, a malformed date or an unknown
 * constant is a problem of that field, never coerced (no "30" for 30, no 30.5 truncated to 30). Every
 * problem of the body is collected, then {@link #check()} refuses the request with all of them at once.
 */
final class JsonFields {

    /** Programme ids: URL-safe, so they can stand in a path as they are. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    private static final String ID_RULE =
            "must be 1 to 64 letters, digits or . _ : - (starting with a letter or digit)";
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private final JsonNode body;
    private final List<FieldProblem> problems = new ArrayList<>();

    private JsonFields(JsonNode body) {
        this.body = body;
    }

    static JsonFields of(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiException.invalid("body", "must be a JSON object");
        }
        return new JsonFields(body);
    }

    String id(String field) {
        String value = string(field);
        return value == null || valid(field, ID.matcher(value).matches(), ID_RULE) ? value : null;
    }

    /** Free text, stored verbatim: not blank, no control characters or broken Unicode, at most {@code max} chars. */
    String text(String field, int max) {
        String value = string(field);
        if (value == null) {
            return null;
        }
        boolean ok = valid(field, !value.isBlank(), "must not be blank")
                && valid(field, value.codePointCount(0, value.length()) <= max,
                        "must be at most " + max + " characters")
                && valid(field, value.codePoints().noneMatch(JsonFields::unprintable),
                        "must not contain control characters or unpaired surrogates");
        return ok ? value : null;
    }

    LocalDate date(String field) {
        String value = string(field);
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
            return valid(field, inRange(date), "must be between " + EARLIEST + " and " + LATEST) ? date : null;
        } catch (DateTimeException e) {
            problem(field, "must be a date as YYYY-MM-DD");
            return null;
        }
    }

    /** An ISO-8601 instant with an offset ({@code Z} or {@code +01:00}), to the microsecond at most. */
    Instant instant(String field) {
        String value = string(field);
        if (value == null) {
            return null;
        }
        try {
            OffsetDateTime time = OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            Instant instant = time.toInstant();
            boolean ok = valid(field, inRange(time.toLocalDate()), "must be between " + EARLIEST + " and " + LATEST)
                    && valid(field, instant.getNano() % 1000 == 0, "must not be more precise than microseconds");
            return ok ? instant : null;
        } catch (DateTimeException e) {
            problem(field, "must be a date-time with an offset, e.g. 2026-03-02T09:15:00Z");
            return null;
        }
    }

    Integer integer(String field, int min, int max) {
        JsonNode node = required(field);
        if (node == null) {
            return null;
        }
        String rule = "must be a whole number from " + min + " to " + max;
        if (!valid(field, node.isIntegralNumber(), rule) || !valid(field, node.canConvertToInt(), rule)) {
            return null;
        }
        int value = node.intValue();
        return valid(field, value >= min && value <= max, rule) ? value : null;
    }

    <E extends Enum<E>> E constant(String field, Class<E> type) {
        String value = string(field);
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        problem(field, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", ")));
        return null;
    }

    /** Refuses the request with every problem found; after it, every value read is non-null. */
    void check() {
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
    }

    private String string(String field) {
        JsonNode node = required(field);
        return node == null || !valid(field, node.isString(), "must be a string") ? null : node.stringValue();
    }

    private JsonNode required(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            problem(field, "is required");
            return null;
        }
        return node;
    }

    private boolean valid(String field, boolean condition, String message) {
        if (!condition) {
            problem(field, message);
        }
        return condition;
    }

    private void problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    private static boolean inRange(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    private static boolean unprintable(int codePoint) {
        return Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.SURROGATE;
    }
}
