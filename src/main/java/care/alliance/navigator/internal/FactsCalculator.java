package care.alliance.navigator.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import care.alliance.navigator.DataSummaryFacts;
import care.alliance.navigator.DataSummaryFacts.OpenProblem;

/** The arithmetic of a summary's facts, pure: events in, numbers out, days in the service's zone (H07). */
final class FactsCalculator {

    /** One row of {@link DataSummaryFactsQuery}'s UNION. */
    record Event(String kind, Instant at, String detail, String ref) {
    }

    private final LocalDate from;
    private final LocalDate to;
    private final ZoneId zone;
    private final Duration duplicateWithin;

    FactsCalculator(LocalDate from, LocalDate to, ZoneId zone, Duration duplicateWithin) {
        this.from = from;
        this.to = to;
        this.zone = zone;
        this.duplicateWithin = duplicateWithin;
    }

    DataSummaryFacts facts(List<Event> events, List<OpenProblem> problems) {
        Instant lastLogin = null;
        int logins = 0;
        int failed = 0;
        int planned = 0;
        int completed = 0;
        Set<LocalDate> active = new HashSet<>();
        Set<LocalDate> rated = new HashSet<>();
        Set<String> modules = new HashSet<>();
        Set<LocalDate> scheduled = new HashSet<>();
        Set<LocalDate> delivered = new HashSet<>();
        for (Event event : events) {
            LocalDate day = LocalDate.ofInstant(event.at(), zone);
            switch (event.kind()) {
                case "LAST_LOGIN" -> lastLogin = event.at();
                case "LOGIN" -> {
                    if ("OK".equals(event.detail())) {
                        logins++;
                        active.add(day);
                    } else {
                        failed++;
                    }
                }
                case "MOOD" -> {
                    rated.add(day);
                    active.add(day);
                }
                case "MODULE" -> {
                    modules.add(event.detail());
                    active.add(day);
                }
                case "DIARY" -> {
                    planned += "PLANNED".equals(event.detail()) ? 1 : 0;
                    completed += "COMPLETED".equals(event.detail()) ? 1 : 0;
                    active.add(day);
                }
                case "MESSAGE" -> active.add(day);
                case "NOTIFICATION" -> {
                    if ("SCHEDULED".equals(event.detail())) {
                        scheduled.add(day);
                    } else {
                        delivered.add(day);
                    }
                    if ("OPENED".equals(event.detail()) || "DISMISSED".equals(event.detail())) {
                        active.add(day);
                    }
                }
                default -> throw new IllegalStateException("unknown event kind " + event.kind());
            }
        }
        scheduled.removeAll(delivered);
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        return new DataSummaryFacts(from, to, days, logins, active.size(), lastLogin, rated.size(), modules.size(),
                planned, completed, scheduled.size(), duplicates(events), failed, problems);
    }

    /**
     * Deliveries of a notification already delivered, or of the same kind within {@code duplicateWithin}
     * of the previous delivery of that kind (the detection rule's default, clinical.md §5). Events come
     * in time order.
     */
    private int duplicates(List<Event> events) {
        Set<String> seen = new HashSet<>();
        Map<String, Instant> lastOfKind = new HashMap<>();
        int duplicates = 0;
        for (Event event : events) {
            if (!"NOTIFICATION".equals(event.kind()) || !"DELIVERED".equals(event.detail())) {
                continue;
            }
            String kind = event.ref().substring(0, event.ref().indexOf(' '));
            Instant previous = lastOfKind.put(kind, event.at());
            boolean again = !seen.add(event.ref());
            if (again || previous != null && Duration.between(previous, event.at()).compareTo(duplicateWithin) <= 0) {
                duplicates++;
            }
        }
        return duplicates;
    }
}
