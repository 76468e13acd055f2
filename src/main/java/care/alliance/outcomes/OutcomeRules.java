package care.alliance.outcomes;

import java.util.List;
import java.util.Objects;

/**
 * The single implementation of the NHS Talking Therapies outcome rules of clinical.md §2
 * (hazard H04). Pure: the same facts always give the same outcome, whatever order the scores
 * arrived in (hazard H05).
 */
public final class OutcomeRules {

    /** An episode is a finished course only if it ended after at least this many sessions. */
    public static final int FINISHED_COURSE_MIN_SESSIONS = 2;
    /** From this many attended sessions without reliable change an episode goes to supervision. */
    public static final int SUPERVISION_MIN_SESSIONS = 4;

    private OutcomeRules() {
    }

    public static EpisodeOutcome evaluate(EpisodeFacts facts) {
        Objects.requireNonNull(facts, "facts");
        MeasureTrack phq9 = MeasureTrack.of(Instrument.PHQ9, facts.scores());
        MeasureTrack gad7 = MeasureTrack.of(Instrument.GAD7, facts.scores());
        List<MeasureTrack> present = List.of(phq9, gad7).stream().filter(MeasureTrack::exists).toList();
        List<MeasureTrack> paired = present.stream().filter(MeasureTrack::hasPair).toList();

        // Caseness uses every measure that has a score at all, paired or not.
        Boolean casenessAtStart = present.isEmpty() ? null
                : present.stream().anyMatch(MeasureTrack::casenessAtFirst);
        Boolean casenessLatest = present.isEmpty() ? null
                : present.stream().anyMatch(MeasureTrack::casenessAtLatest);

        // Without a pair nothing change-based is known: leave it null rather than false.
        Boolean improvement = null;
        Boolean deterioration = null;
        Boolean recovery = null;
        Boolean reliableRecovery = null;
        LiveStatus status = LiveStatus.INSUFFICIENT_DATA;
        if (!paired.isEmpty()) {
            boolean anyImproved = paired.stream().anyMatch(MeasureTrack::reliablyImproved);
            boolean anyDeteriorated = paired.stream().anyMatch(MeasureTrack::reliablyDeteriorated);
            // The mixed case (one reliably better, the other reliably worse) is neither.
            improvement = anyImproved && !anyDeteriorated;
            deterioration = anyDeteriorated && !anyImproved;
            if (casenessAtStart) {
                recovery = !casenessLatest;
                reliableRecovery = recovery && improvement;
            }
            status = liveStatus(improvement, deterioration, facts.attendedTreatmentSessions());
        }

        boolean finishedCourse = facts.discharged()
                && facts.attendedTreatmentSessions() >= FINISHED_COURSE_MIN_SESSIONS;
        return new EpisodeOutcome(finishedCourse, facts.attendedTreatmentSessions(),
                phq9.summary(), gad7.summary(), casenessAtStart, casenessLatest,
                improvement, deterioration, recovery, reliableRecovery, status, facts.discharged());
    }

    /** First rule that applies wins; INSUFFICIENT_DATA has already been ruled out by the caller. */
    private static LiveStatus liveStatus(boolean improvement, boolean deterioration, int sessions) {
        if (deterioration) {
            return LiveStatus.RELIABLY_DETERIORATED;
        }
        if (improvement) {
            return LiveStatus.ON_TRACK;
        }
        if (sessions >= SUPERVISION_MIN_SESSIONS) {
            return LiveStatus.NOT_IMPROVING_BY_SESSION_4;
        }
        return LiveStatus.NO_RELIABLE_CHANGE;
    }
}
