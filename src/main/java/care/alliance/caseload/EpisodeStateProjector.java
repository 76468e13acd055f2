package care.alliance.caseload;

import java.time.Clock;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import care.alliance.caseload.internal.EpisodeSnapshots;
import care.alliance.caseload.internal.EpisodeState;
import care.alliance.caseload.internal.EpisodeStateTable;
import care.alliance.patients.EpisodeChanged;
import care.alliance.programme.ScoresRecorded;

/**
 * Keeps episode_state current. The listeners are plain {@code @EventListener}s inside the publisher's
 * transaction, so new scores or dates and the state computed from them commit together (MANDATORY:
 * a publisher without a transaction is a bug, not a reason to write state unlocked). Scores of one
 * ingest batch are gathered and recomputed once, just before that transaction commits: three
 * statements per batch instead of three per patient. {@link #rebuildAll()} computes every episode
 * set-based, for rows written straight to the tables (demo generator, test fixtures) and for
 * databases that predate the table.
 */
@Component
public class EpisodeStateProjector {

    /** Patients per rebuild step: bounded memory, and a handful of statements per step. */
    static final int CHUNK = 5_000;

    private final EpisodeSnapshots snapshots;
    private final EpisodeStateTable table;
    private final Clock clock;

    EpisodeStateProjector(EpisodeSnapshots snapshots, EpisodeStateTable table, Clock clock) {
        this.snapshots = snapshots;
        this.table = table;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void onScores(ScoresRecorded event) {
        pendingScores().patients.add(event.patientId());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void onEpisode(EpisodeChanged event) {
        store(snapshots.ofEpisode(event.episodeId()));
    }

    /**
     * Recomputes every episode, a chunk of patients at a time; returns the number of episodes. READ
     * COMMITTED when it starts its own transaction, so each chunk sees what committed before its lock.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public long rebuildAll() {
        long episodes = 0;
        long after = Long.MIN_VALUE;
        for (Long upTo = snapshots.nextChunkEnd(after, CHUNK); upTo != null;
                after = upTo, upTo = snapshots.nextChunkEnd(after, CHUNK)) {
            episodes += store(snapshots.ofPatients(after, upTo));
        }
        return episodes;
    }

    private int store(List<EpisodeSnapshots.Snapshot> episodes) {
        table.upsert(episodes.stream().map(EpisodeState::of).toList(), clock.instant());
        return episodes.size();
    }

    /** This transaction's patients with new scores; registered with it on the first event. */
    private PendingScores pendingScores() {
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof PendingScores pending && pending.owner == this) {
                return pending;
            }
        }
        PendingScores pending = new PendingScores(this);
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    /** Runs before commit, so the state still commits (or rolls back) with the scores. */
    private static final class PendingScores implements TransactionSynchronization {

        private final EpisodeStateProjector owner;
        private final SortedSet<Long> patients = new TreeSet<>();

        PendingScores(EpisodeStateProjector owner) {
            this.owner = owner;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            owner.store(owner.snapshots.ofPatients(patients));
        }
    }
}
