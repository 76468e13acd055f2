package care.alliance.patients.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import care.alliance.patients.AppointmentStatus;

public interface AppointmentRepository extends JpaRepository<Appointment, Long> {

    /** Case-insensitive in the database, like every id column: see {@link #findExactly}. */
    Optional<Appointment> findByExternalId(String externalId);

    default Optional<Appointment> findExactly(String externalId) {
        return findByExternalId(externalId).filter(a -> a.getExternalId().equals(externalId));
    }

    List<Appointment> findByEpisodeIdAndStatus(long episodeId, AppointmentStatus status);

    @Query("""
            select count(a) from Appointment a where a.episodeId = :episodeId and a.status = 'ATTENDED'
               and a.kind in ('FACE_TO_FACE', 'ONLINE_REVIEW')""")
    long countAttendedTreatmentSessions(long episodeId);

    @Query("select max(a.startAt) from Appointment a where a.episodeId = :episodeId and a.status = 'ATTENDED'")
    Optional<Instant> findLastAttendedStart(long episodeId);
}
