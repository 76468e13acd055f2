package care.alliance.patients;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A patient's current (latest) episode with what a clinician's page needs around it, in one
 * statement: its dates, the service's zone (H07), the attended treatment sessions the outcome rules
 * count, and the next booked appointment. Not a security boundary, like the programme's histories:
 * callers have scoped the patient id (H02) and audited the read (H13).
 */
@Component
public class CurrentEpisodes {

    /** Attended treatment sessions are the kinds {@link AppointmentKind#isTreatmentSession()} names. */
    private static final String TREATMENT_KINDS = Arrays.stream(AppointmentKind.values())
            .filter(AppointmentKind::isTreatmentSession).map(kind -> "'" + kind.name() + "'")
            .collect(Collectors.joining(", "));
    private static final String SQL = """
            SELECT e.referred_on, e.assessed_on, e.first_treatment_on, e.second_treatment_on, e.discharged_on,
                   s.time_zone,
                   (SELECT COUNT(*) FROM appointment a WHERE a.episode_id = e.id AND a.status = 'ATTENDED'
                       AND a.kind IN (%s)),
                   n.start_at, n.kind, n.minutes
            FROM episode e
            JOIN patient p ON p.id = e.patient_id
            JOIN service s ON s.id = p.service_id
            LEFT JOIN appointment n ON n.id = (SELECT b.id FROM appointment b WHERE b.patient_id = e.patient_id
                       AND b.status = 'BOOKED' AND b.start_at >= ? ORDER BY b.start_at, b.id LIMIT 1)
            WHERE e.patient_id = ?
            ORDER BY e.referred_on DESC, e.id DESC LIMIT 1""".formatted(TREATMENT_KINDS);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CurrentEpisodes(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public CurrentEpisode of(long patientId) {
        return jdbc.queryForObject(SQL, CurrentEpisodes::episode,
                LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), patientId);
    }

    private static CurrentEpisode episode(ResultSet rs, int row) throws SQLException {
        EpisodeDates dates = new EpisodeDates(date(rs, 1), date(rs, 2), date(rs, 3), date(rs, 4), date(rs, 5));
        LocalDateTime next = rs.getObject(8, LocalDateTime.class);
        NextAppointment appointment = next == null ? null : new NextAppointment(next.toInstant(ZoneOffset.UTC),
                AppointmentKind.valueOf(rs.getString(9)), rs.getInt(10));
        return new CurrentEpisode(dates, ZoneId.of(rs.getString(6)), rs.getInt(7), appointment);
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    public record NextAppointment(Instant start, AppointmentKind kind, int minutes) {
    }

    /** {@code next} is {@code null} when nothing is booked from now on. */
    public record CurrentEpisode(EpisodeDates dates, ZoneId zone, int attendedTreatmentSessions,
            NextAppointment next) {

        public boolean discharged() {
            return dates.dischargedOn() != null;
        }

        /** The episode's score window in the service's zone (H07), as defined once on {@link EpisodeDates}. */
        public Instant scoresFrom() {
            return dates.scoresFrom(zone);
        }

        public Instant scoresUntil() {
            return dates.scoresUntil(zone);
        }
    }
}
