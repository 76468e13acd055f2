package care.alliance.caseload;

import java.time.Clock;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.caseload.internal.EpisodeSnapshots;
import care.alliance.caseload.internal.EpisodeState;
import care.alliance.caseload.internal.EpisodeStateTable;
import care.alliance.patients.EpisodeChanged;
import care.alliance.programme.ScoresRecorded;

/**
 * Keeps episode_state current. The listeners are plain {@code @EventListener}s: they run inside the
 * publisher's transaction, so new scores or dates and the state computed from them commit together
 * (MANDATORY: a publisher without a transaction is a bug, not a reason to write state unlocked).
 * {@link #rebuildAll()} computes every episode set-based, for data written straight to the tables
 * (the demo generator, test fixtures) and for databases that predate the table.
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
        store(snapshots.ofPatient(event.patientId()));
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
}
