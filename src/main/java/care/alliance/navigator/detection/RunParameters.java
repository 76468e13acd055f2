package care.alliance.navigator.detection;

import static care.alliance.shared.db.UtcColumns.utc;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import care.alliance.navigator.DetectionThresholds;
import care.alliance.navigator.detection.ThresholdStore.ServiceThresholds;

/**
 * One run's instants per service, computed in Java because day boundaries are the service's zone
 * (Europe/London by default) and the embedded MariaDB has no time-zone tables. The rules join a
 * derived table of these rows ({@link #table()}) on the patient's service, so each rule stays one
 * statement over all services. All instants are UTC wall times, as the DATETIME columns hold them.
 */
final class RunParameters {

    /** Failed logins are counted over a sliding window of this length (clinical.md §5). */
    static final Duration FAILED_LOGIN_WINDOW = Duration.ofHours(24);

    private final Instant now;
    private final Map<Long, ServiceThresholds> services;

    RunParameters(Instant now, List<ServiceThresholds> services) {
        this.now = now;
        this.services = services.stream().collect(Collectors.toMap(ServiceThresholds::serviceId, Function.identity()));
    }

    Instant now() {
        return now;
    }

    DetectionThresholds thresholds(long serviceId) {
        return services.get(serviceId).thresholds();
    }

    LocalDate today(long serviceId) {
        return LocalDate.ofInstant(now, services.get(serviceId).zone());
    }

    /** The service-zone date of a stored UTC wall time. */
    LocalDate dateOf(long serviceId, LocalDateTime utc) {
        return LocalDate.ofInstant(utc.toInstant(ZoneOffset.UTC), services.get(serviceId).zone());
    }

    /** Whole service-zone days with nothing, strictly between the day of {@code last} and today. */
    long silentDays(long serviceId, LocalDateTime last) {
        return ChronoUnit.DAYS.between(dateOf(serviceId, last), today(serviceId)) - 1;
    }

    /** The earliest start of yesterday over all services: a constant lower bound the index can range over. */
    LocalDateTime earliestYesterday() {
        return earliest(1);
    }

    /** The earliest start of the missing-notifications window over all services. */
    LocalDateTime earliestMissingStart() {
        return services.values().stream().map(s -> dayStart(s, LocalDate.ofInstant(now, s.zone())
                .minusDays(s.thresholds().missingDays()))).min(LocalDateTime::compareTo).orElseThrow();
    }

    private LocalDateTime earliest(int daysAgo) {
        return services.values().stream().map(s -> dayStart(s, LocalDate.ofInstant(now, s.zone()).minusDays(daysAgo)))
                .min(LocalDateTime::compareTo).orElseThrow();
    }

    /** {@code (SELECT ... UNION ALL SELECT ...) t}: one row of parameters per service. */
    String table() {
        String row = "SELECT ? AS service_id, " + String.join(", ", List.of(
                datetime("mood_cutoff"), datetime("login_cutoff"), datetime("failed_since"), "? AS failed_logins",
                datetime("yesterday_start"), datetime("today_start"), "? AS excess_factor", "? AS duplicate_seconds",
                datetime("missing_start"), datetime("missing_first_end"), datetime("stuck_cutoff")));
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) {
            rows.add(row);
        }
        return "(" + String.join(" UNION ALL ", rows) + ") t";
    }

    /** The arguments of {@link #table()}, in its order. */
    List<Object> arguments() {
        List<Object> args = new ArrayList<>();
        LocalDateTime failedSince = utc(now.minus(FAILED_LOGIN_WINDOW));
        for (ServiceThresholds service : services.values()) {
            DetectionThresholds t = service.thresholds();
            LocalDate today = LocalDate.ofInstant(now, service.zone());
            args.add(service.serviceId());
            args.add(dayStart(service, today.minusDays(t.noMoodDays())));
            args.add(dayStart(service, today.minusDays(t.noLoginDays())));
            args.add(failedSince);
            args.add(t.failedLogins());
            args.add(dayStart(service, today.minusDays(1)));
            args.add(dayStart(service, today));
            args.add(t.excessFactor());
            args.add(t.duplicateMinutes() * 60);
            args.add(dayStart(service, today.minusDays(t.missingDays())));
            args.add(dayStart(service, today.minusDays(t.missingDays() - 1L)));
            args.add(dayStart(service, today.minusDays(t.stuckModuleDays())));
        }
        return args;
    }


    private static LocalDateTime dayStart(ServiceThresholds service, LocalDate day) {
        return utc(day.atStartOfDay(service.zone()).toInstant());
    }

    private static String datetime(String name) {
        return "CAST(? AS DATETIME(6)) AS " + name;
    }
}
