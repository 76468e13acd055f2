package care.alliance.patients;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Plain reads of single appointments for modules that work per appointment (the digest). Not a
 * security boundary, like {@link CurrentEpisodes}: callers scope the patient (H02) and audit (H13).
 */
@Component
public class AppointmentRecords {

    /** {@code id} is the database id, {@code externalId} the programme's (api.md {@code "apt-88"}). */
    public record AppointmentRef(long id, String externalId, long patientId, Instant start) {
    }

    private static final String COLUMNS = "SELECT id, external_id, patient_id, start_at FROM appointment ";

    private final JdbcTemplate jdbc;

    AppointmentRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AppointmentRef> byId(long id) {
        return jdbc.query(COLUMNS + "WHERE id = ?", AppointmentRecords::one, id);
    }

    public Optional<AppointmentRef> byExternalId(String externalId) {
        return jdbc.query(COLUMNS + "WHERE external_id = ?", AppointmentRecords::one, externalId);
    }

    /** BOOKED appointments starting in [from, to), by start: what the digest builds plan for. */
    public List<AppointmentRef> bookedStartingIn(Instant from, Instant to) {
        return jdbc.query(COLUMNS + "WHERE status = 'BOOKED' AND start_at >= ? AND start_at < ? ORDER BY start_at, id",
                (rs, row) -> new AppointmentRef(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC)),
                LocalDateTime.ofInstant(from, ZoneOffset.UTC), LocalDateTime.ofInstant(to, ZoneOffset.UTC));
    }

    /** Whether the appointment is still BOOKED: a build job fired for a cancelled one does nothing. */
    public boolean isBooked(long id) {
        return Boolean.TRUE.equals(jdbc.query("SELECT status FROM appointment WHERE id = ?",
                rs -> rs.next() && "BOOKED".equals(rs.getString(1)), id));
    }

    /**
     * Start of the patient's latest attended appointment that started before {@code before}: where
     * "since the previous session" begins (clinical.md §6). Empty before the first attended one.
     */
    public Optional<Instant> previousAttendedStart(long patientId, Instant before) {
        LocalDateTime start = jdbc.query("SELECT MAX(start_at) FROM appointment WHERE patient_id = ? "
                + "AND status = 'ATTENDED' AND start_at < ?", rs -> rs.next() ? rs.getObject(1, LocalDateTime.class)
                        : null, patientId, LocalDateTime.ofInstant(before, ZoneOffset.UTC));
        return Optional.ofNullable(start).map(value -> value.toInstant(ZoneOffset.UTC));
    }

    /** DATETIME columns hold UTC wall time, whatever the JVM's zone. */
    private static Optional<AppointmentRef> one(ResultSet rs) throws SQLException {
        return rs.next() ? Optional.of(new AppointmentRef(rs.getLong(1), rs.getString(2), rs.getLong(3),
                rs.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC))) : Optional.empty();
    }
}
