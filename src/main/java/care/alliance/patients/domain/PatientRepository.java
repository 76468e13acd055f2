package care.alliance.patients.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PatientRepository extends JpaRepository<Patient, Long> {

    /**
     * The collation is case-insensitive, so the database may return "MB-1" for "mb-1": callers that
     * need the exact id use {@link #findExactly}.
     */
    Optional<Patient> findByProgrammeId(String programmeId);

    /** The patient whose programme id is exactly this one, case included. */
    default Optional<Patient> findExactly(String programmeId) {
        return findByProgrammeId(programmeId).filter(p -> p.getProgrammeId().equals(programmeId));
    }

    /** The episode a patient was registered with: what an idempotent registration is compared to. */
    @Query("select e from Episode e where e.patientId = :patientId order by e.referredOn asc, e.id asc limit 1")
    Optional<Episode> findFirstEpisode(long patientId);

    /** The latest episode of a patient: the one whose PWP owns the patient now. */
    @Query("select e from Episode e where e.patientId = :patientId order by e.referredOn desc, e.id desc limit 1")
    Optional<Episode> findLatestEpisode(long patientId);

    @Query("select count(e) > 0 from Episode e where e.patientId = :patientId and e.pwpId = :pwpId")
    boolean isAssignedTo(long patientId, long pwpId);

    /** The patients with an episode of this PWP (who {@link #isAssignedTo} says they may read), by name. */
    @Query("select distinct p from Patient p join Episode e on e.patientId = p.id where e.pwpId = :pwpId"
            + " order by p.displayName, p.id")
    List<Patient> findAssignedTo(long pwpId);

    /** Which stage dates are set, grouped: a handful of rows whatever the size of the service. */
    @Query("""
            select case when e.assessedOn is null then 0 else 1 end,
                   case when e.firstTreatmentOn is null then 0 else 1 end,
                   case when e.secondTreatmentOn is null then 0 else 1 end,
                   case when e.dischargedOn is null then 0 else 1 end,
                   count(e)
            from Episode e join Patient p on p.id = e.patientId
            where p.serviceId = :serviceId
            group by 1, 2, 3, 4""")
    List<Object[]> findStageDatePatterns(Long serviceId);
}
