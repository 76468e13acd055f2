package care.alliance.patients.domain;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface EpisodeRepository extends JpaRepository<Episode, Long> {

    /**
     * The episode, locked until the transaction ends (SELECT ... FOR UPDATE). Writers that derive the
     * episode's dates from its appointments take this lock first, so two outcomes recorded at once
     * cannot each restage the episode from a view that misses the other.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Episode e where e.id = :id")
    Optional<Episode> lockById(long id);
}
