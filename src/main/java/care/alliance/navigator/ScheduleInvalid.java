package care.alliance.navigator;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A draft schedule was refused: every problem found, each with the editor field it belongs to
 * ({@code reminders}, {@code days}, {@code quietHours}, {@code pausedUntil}, {@code pauseReason},
 * {@code reason}), so the page can show each message next to its field.
 */
public class ScheduleInvalid extends IllegalArgumentException {

    public record Problem(String field, String message) {
    }

    private final transient List<Problem> problems;

    ScheduleInvalid(List<Problem> problems) {
        super(problems.stream().map(Problem::message).collect(Collectors.joining(" ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The messages for one field, joined; empty if that field is fine. */
    public String messageFor(String field) {
        return problems.stream().filter(p -> p.field().equals(field)).map(Problem::message)
                .collect(Collectors.joining(" "));
    }
}
