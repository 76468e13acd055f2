package care.alliance.outcomes;

import static care.alliance.outcomes.Episodes.discharged;
import static care.alliance.outcomes.Episodes.evaluate;
import static care.alliance.outcomes.Episodes.gad;
import static care.alliance.outcomes.Episodes.open;
import static care.alliance.outcomes.Episodes.phq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rules of clinical.md §2 one at a time, at their thresholds ±1 (hazard H04). */
class OutcomeRulesTest {

    @Nested
    @DisplayName("H04 finished course")
    class FinishedCourse {

        @ParameterizedTest(name = "discharged after {0} sessions -> finished {1}")
        @CsvSource({"0, false", "1, false", "2, true", "3, true", "11, true"})
        void dischargedNeedsTwoSessions(int sessions, boolean finished) {
            EpisodeOutcome outcome = OutcomeRules.evaluate(discharged(sessions, phq(0, 15), phq(30, 8)));
            assertThat(outcome.finishedCourse()).isEqualTo(finished);
            assertThat(outcome.finalOutcome()).isTrue();
            assertThat(outcome.treatmentSessions()).isEqualTo(sessions);
        }

        @ParameterizedTest(name = "open after {0} sessions is not finished")
        @ValueSource(ints = {0, 1, 2, 4, 11})
        void openEpisodeIsNeverFinished(int sessions) {
            EpisodeOutcome outcome = OutcomeRules.evaluate(open(sessions, phq(0, 15), phq(30, 8)));
            assertThat(outcome.finishedCourse()).isFalse();
            assertThat(outcome.finalOutcome()).isFalse();
        }

        @Test
        @DisplayName("H04 one attended session then discharged: outcomes still computed, course not finished")
        void oneSessionDropOut() {
            EpisodeOutcome outcome = OutcomeRules.evaluate(discharged(1, phq(0, 18), phq(20, 12)));
            assertThat(outcome.finishedCourse()).isFalse();
            assertThat(outcome.reliableImprovement()).isTrue();
            assertThat(outcome.recovery()).isFalse();
            assertThat(outcome.status()).isEqualTo(LiveStatus.ON_TRACK);
        }
    }

    @Nested
    @DisplayName("H04 caseness")
    class Caseness {

        @ParameterizedTest(name = "PHQ-9 {0}, GAD-7 {1} at start -> caseness {2}")
        @CsvSource({"10, 0, true", "9, 0, false", "9, 7, false", "9, 8, true", "0, 8, true", "27, 21, true"})
        void atStartOnEitherMeasure(int phqFirst, int gadFirst, boolean caseness) {
            EpisodeOutcome outcome = evaluate(2, phq(0, phqFirst), gad(0, gadFirst), phq(30, 0), gad(30, 0));
            assertThat(outcome.casenessAtStart()).isEqualTo(caseness);
            assertThat(outcome.casenessLatest()).isFalse();
        }

        @ParameterizedTest(name = "PHQ-9 {0}, GAD-7 {1} latest -> caseness {2}")
        @CsvSource({"10, 0, true", "9, 0, false", "9, 7, false", "9, 8, true", "0, 8, true"})
        void latestOnEitherMeasure(int phqLatest, int gadLatest, boolean caseness) {
            EpisodeOutcome outcome = evaluate(2, phq(0, 20), gad(0, 15), phq(30, phqLatest), gad(30, gadLatest));
            assertThat(outcome.casenessLatest()).isEqualTo(caseness);
            assertThat(outcome.recovery()).isEqualTo(!caseness);
        }

        @Test
        @DisplayName("H04 no scores at all: caseness unknown, everything null, no measure summaries")
        void noScores() {
            EpisodeOutcome outcome = evaluate(5);
            assertThat(outcome.casenessAtStart()).isNull();
            assertThat(outcome.casenessLatest()).isNull();
            assertThat(outcome.phq9()).isNull();
            assertThat(outcome.gad7()).isNull();
            assertThat(outcome.reliableImprovement()).isNull();
            assertThat(outcome.reliableDeterioration()).isNull();
            assertThat(outcome.recovery()).isNull();
            assertThat(outcome.reliableRecovery()).isNull();
            assertThat(outcome.status()).isEqualTo(LiveStatus.INSUFFICIENT_DATA);
        }

        @Test
        @DisplayName("H04 intermediate scores do not count: only first and latest")
        void intermediateIgnored() {
            EpisodeOutcome outcome = evaluate(3, phq(0, 9), phq(10, 25), phq(20, 9));
            assertThat(outcome.casenessAtStart()).isFalse();
            assertThat(outcome.casenessLatest()).isFalse();
            assertThat(outcome.phq9()).isEqualTo(new MeasureSummary(9, 9, 0, Severity.MILD));
            assertThat(outcome.reliableDeterioration()).isFalse();
        }
    }

    @Nested
    @DisplayName("H04 reliable change")
    class ReliableChange {

        @ParameterizedTest(name = "PHQ-9 {0} -> {1}: improved {2}, deteriorated {3}")
        @CsvSource({"16, 10, true, false", "16, 11, false, false", "16, 22, false, true", "16, 21, false, false",
                "6, 0, true, false", "21, 27, false, true", "12, 12, false, false"})
        void phqAlone(int first, int latest, boolean improved, boolean deteriorated) {
            EpisodeOutcome outcome = evaluate(2, phq(0, first), phq(30, latest));
            assertThat(outcome.reliableImprovement()).isEqualTo(improved);
            assertThat(outcome.reliableDeterioration()).isEqualTo(deteriorated);
            assertThat(outcome.phq9().change()).isEqualTo(latest - first);
        }

        @ParameterizedTest(name = "GAD-7 {0} -> {1}: improved {2}, deteriorated {3}")
        @CsvSource({"12, 8, true, false", "12, 9, false, false", "12, 16, false, true", "12, 15, false, false",
                "4, 0, true, false", "17, 21, false, true"})
        void gadAlone(int first, int latest, boolean improved, boolean deteriorated) {
            EpisodeOutcome outcome = evaluate(2, gad(0, first), gad(30, latest));
            assertThat(outcome.reliableImprovement()).isEqualTo(improved);
            assertThat(outcome.reliableDeterioration()).isEqualTo(deteriorated);
            assertThat(outcome.gad7().change()).isEqualTo(latest - first);
        }

        @ParameterizedTest(name = "PHQ-9 change {0}, GAD-7 change {1}: improved {2}, deteriorated {3}")
        @DisplayName("H04 both measures: 'neither measure moved the other way', mixed case is no reliable change")
        @CsvSource({
                "-6, 0, true, false", "-5, -3, false, false", "-5, -4, true, false", "-6, -4, true, false",
                "-6, 3, true, false", "3, -4, true, false", "-6, 4, false, false", "6, -4, false, false",
                "-9, 9, false, false", "6, 0, false, true", "5, 3, false, false", "0, 4, false, true",
                "6, 4, false, true", "6, -3, false, true", "-5, 4, false, true"})
        void bothMeasures(int phqChange, int gadChange, boolean improved, boolean deteriorated) {
            EpisodeOutcome outcome = evaluate(2, phq(0, 12), gad(0, 10), phq(30, 12 + phqChange), gad(30, 10 + gadChange));
            assertThat(outcome.reliableImprovement()).isEqualTo(improved);
            assertThat(outcome.reliableDeterioration()).isEqualTo(deteriorated);
        }

        @Test
        @DisplayName("H04 mixed case: not improved, not deteriorated, no recovery claimed from it")
        void mixedCase() {
            EpisodeOutcome outcome = evaluate(3, phq(0, 18), gad(0, 6), phq(40, 9), gad(40, 12));
            assertThat(outcome.reliableImprovement()).isFalse();
            assertThat(outcome.reliableDeterioration()).isFalse();
            assertThat(outcome.recovery()).isFalse();
            assertThat(outcome.reliableRecovery()).isFalse();
            assertThat(outcome.status()).isEqualTo(LiveStatus.NO_RELIABLE_CHANGE);
        }
    }

    @Nested
    @DisplayName("H04 pairs")
    class Pairs {

        @Test
        @DisplayName("H04 only one score in the episode: no change computable, every change field null")
        void singleScore() {
            EpisodeOutcome outcome = evaluate(6, phq(0, 16));
            assertThat(outcome.phq9()).isEqualTo(new MeasureSummary(16, 16, null, Severity.MODERATELY_SEVERE));
            assertThat(outcome.gad7()).isNull();
            assertThat(outcome.casenessAtStart()).isTrue();
            assertThat(outcome.casenessLatest()).isTrue();
            assertThat(outcome.reliableImprovement()).isNull();
            assertThat(outcome.reliableDeterioration()).isNull();
            assertThat(outcome.recovery()).isNull();
            assertThat(outcome.reliableRecovery()).isNull();
            assertThat(outcome.status()).isEqualTo(LiveStatus.INSUFFICIENT_DATA);
        }

        @Test
        @DisplayName("H04 one PHQ-9 and one GAD-7: two scores but no pair, still insufficient")
        void oneOfEach() {
            EpisodeOutcome outcome = evaluate(4, phq(0, 20), gad(30, 2));
            assertThat(outcome.phq9().change()).isNull();
            assertThat(outcome.gad7().change()).isNull();
            assertThat(outcome.reliableImprovement()).isNull();
            assertThat(outcome.reliableDeterioration()).isNull();
            assertThat(outcome.recovery()).isNull();
            assertThat(outcome.reliableRecovery()).isNull();
            assertThat(outcome.status()).isEqualTo(LiveStatus.INSUFFICIENT_DATA);
        }

        @Test
        @DisplayName("H04 GAD-7 with one score is left out of change rules but still counts for caseness")
        void unpairedMeasureStillCountsForCaseness() {
            EpisodeOutcome stillAnxious = evaluate(3, phq(0, 15), gad(0, 10), phq(30, 8));
            assertThat(stillAnxious.gad7()).isEqualTo(new MeasureSummary(10, 10, null, Severity.MODERATE));
            assertThat(stillAnxious.reliableImprovement()).isTrue();
            assertThat(stillAnxious.casenessLatest()).isTrue();
            assertThat(stillAnxious.recovery()).isFalse();
            assertThat(stillAnxious.reliableRecovery()).isFalse();

            EpisodeOutcome recovered = evaluate(3, phq(0, 15), gad(0, 5), phq(30, 8));
            assertThat(recovered.casenessLatest()).isFalse();
            assertThat(recovered.recovery()).isTrue();
            assertThat(recovered.reliableRecovery()).isTrue();
        }

        @Test
        @DisplayName("H04 an unpaired measure cannot veto: GAD-7 has one score only, its value is never a 'rise'")
        void unpairedMeasureIsNotAChange() {
            EpisodeOutcome unpaired = evaluate(3, phq(0, 20), phq(30, 13), gad(31, 21));
            assertThat(unpaired.gad7()).isEqualTo(new MeasureSummary(21, 21, null, Severity.SEVERE));
            assertThat(unpaired.reliableImprovement()).isTrue();
            assertThat(unpaired.reliableDeterioration()).isFalse();

            // Contrast: once GAD-7 has a pair (2 -> 21) its rise makes this the mixed case.
            EpisodeOutcome paired = evaluate(3, gad(0, 2), phq(0, 20), phq(30, 13), gad(31, 21));
            assertThat(paired.gad7().change()).isEqualTo(19);
            assertThat(paired.reliableImprovement()).isFalse();
            assertThat(paired.reliableDeterioration()).isFalse();
        }

        @Test
        @DisplayName("H04 a measure missing at the end: GAD-7 only at the start, change from PHQ-9 alone")
        void measureMissingAtEnd() {
            EpisodeOutcome outcome = evaluate(2, phq(0, 14), gad(0, 9), phq(20, 9), phq(45, 8));
            assertThat(outcome.phq9()).isEqualTo(new MeasureSummary(14, 8, -6, Severity.MILD));
            assertThat(outcome.casenessAtStart()).isTrue();
            // The only GAD-7 (9) is also the latest GAD-7, so the patient is still at caseness.
            assertThat(outcome.casenessLatest()).isTrue();
            assertThat(outcome.reliableImprovement()).isTrue();
            assertThat(outcome.recovery()).isFalse();
        }

        @Test
        @DisplayName("H04 a measure missing at the start: GAD-7 first answered late is its own first score")
        void measureMissingAtStart() {
            EpisodeOutcome outcome = evaluate(2, phq(0, 8), phq(45, 2), gad(45, 9));
            assertThat(outcome.gad7()).isEqualTo(new MeasureSummary(9, 9, null, Severity.MILD));
            assertThat(outcome.casenessAtStart()).isTrue();
            assertThat(outcome.casenessLatest()).isTrue();
            assertThat(outcome.reliableImprovement()).isTrue();
            assertThat(outcome.recovery()).isFalse();
            assertThat(outcome.reliableRecovery()).isFalse();
        }
    }

    @Nested
    @DisplayName("H04 recovery")
    class Recovery {

        @Test
        @DisplayName("H04 not at caseness at the start: recovery and reliable recovery are null, even if improved")
        void notApplicableBelowCaseness() {
            EpisodeOutcome outcome = evaluate(3, phq(0, 9), gad(0, 7), phq(30, 2), gad(30, 1));
            assertThat(outcome.casenessAtStart()).isFalse();
            assertThat(outcome.reliableImprovement()).isTrue();
            assertThat(outcome.recovery()).isNull();
            assertThat(outcome.reliableRecovery()).isNull();
            assertThat(outcome.status()).isEqualTo(LiveStatus.ON_TRACK);
        }

        @Test
        @DisplayName("H04 below caseness at start and risen to caseness: still null, and reliably deteriorated")
        void belowCasenessThenWorse() {
            EpisodeOutcome outcome = evaluate(2, phq(0, 4), phq(30, 10));
            assertThat(outcome.recovery()).isNull();
            assertThat(outcome.reliableDeterioration()).isTrue();
        }

        @Test
        @DisplayName("H04 recovery needs both measures below caseness at the latest score")
        void bothMeasuresBelowCaseness() {
            assertThat(evaluate(2, phq(0, 14), gad(0, 10), phq(30, 5), gad(30, 8)).recovery()).isFalse();
            assertThat(evaluate(2, phq(0, 14), gad(0, 10), phq(30, 5), gad(30, 7)).recovery()).isTrue();
            assertThat(evaluate(2, phq(0, 14), gad(0, 10), phq(30, 10), gad(30, 2)).recovery()).isFalse();
            assertThat(evaluate(2, phq(0, 14), gad(0, 10), phq(30, 9), gad(30, 2)).recovery()).isTrue();
        }

        @Test
        @DisplayName("H04 recovered without reliable improvement is not reliable recovery")
        void recoveryWithoutReliableImprovement() {
            EpisodeOutcome outcome = evaluate(2, phq(0, 10), phq(30, 9));
            assertThat(outcome.recovery()).isTrue();
            assertThat(outcome.reliableImprovement()).isFalse();
            assertThat(outcome.reliableRecovery()).isFalse();
        }

        @Test
        @DisplayName("H04 recovered and reliably improved is reliable recovery")
        void reliableRecovery() {
            EpisodeOutcome outcome = evaluate(2, phq(0, 15), phq(30, 9));
            assertThat(outcome.recovery()).isTrue();
            assertThat(outcome.reliableImprovement()).isTrue();
            assertThat(outcome.reliableRecovery()).isTrue();
        }
    }

    @Nested
    @DisplayName("H04 live status, first rule wins")
    class Status {

        @ParameterizedTest(name = "{0} sessions without reliable change -> {1}")
        @CsvSource({"0, NO_RELIABLE_CHANGE", "3, NO_RELIABLE_CHANGE", "4, NOT_IMPROVING_BY_SESSION_4",
                "5, NOT_IMPROVING_BY_SESSION_4", "11, NOT_IMPROVING_BY_SESSION_4"})
        void supervisionFromSessionFour(int sessions, LiveStatus status) {
            assertThat(evaluate(sessions, phq(0, 14), phq(30, 10)).status()).isEqualTo(status);
        }

        @Test
        @DisplayName("H04 mixed case at 4 sessions goes to the supervision list")
        void mixedCaseAtFourSessions() {
            assertThat(evaluate(4, phq(0, 12), gad(0, 10), phq(30, 6), gad(30, 14)).status())
                    .isEqualTo(LiveStatus.NOT_IMPROVING_BY_SESSION_4);
        }

        @Test
        @DisplayName("H04 deterioration beats the session rule; improvement beats it too")
        void changeBeatsSessionRule() {
            assertThat(evaluate(8, phq(0, 10), phq(30, 16)).status()).isEqualTo(LiveStatus.RELIABLY_DETERIORATED);
            assertThat(evaluate(8, phq(0, 16), phq(30, 10)).status()).isEqualTo(LiveStatus.ON_TRACK);
            assertThat(evaluate(1, gad(0, 10), gad(30, 14)).status()).isEqualTo(LiveStatus.RELIABLY_DETERIORATED);
        }

        @Test
        @DisplayName("H04 no pair beats everything, however many sessions")
        void insufficientDataFirst() {
            assertThat(evaluate(10, phq(0, 27)).status()).isEqualTo(LiveStatus.INSUFFICIENT_DATA);
            assertThat(OutcomeRules.evaluate(discharged(10, gad(0, 3))).status()).isEqualTo(LiveStatus.INSUFFICIENT_DATA);
        }
    }

    @Test
    @DisplayName("H04 measure summary: first, latest, change and the latest score's band")
    void measureSummary() {
        EpisodeOutcome outcome = evaluate(3, phq(0, 16), gad(0, 9), phq(14, 12), gad(14, 8), phq(28, 9), gad(28, 6));
        assertThat(outcome.phq9()).isEqualTo(new MeasureSummary(16, 9, -7, Severity.MILD));
        assertThat(outcome.gad7()).isEqualTo(new MeasureSummary(9, 6, -3, Severity.MILD));
    }

    @Test
    void rejectsNullFacts() {
        assertThatThrownBy(() -> OutcomeRules.evaluate(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void constantsMatchClinicalMd() {
        assertThat(OutcomeRules.FINISHED_COURSE_MIN_SESSIONS).isEqualTo(2);
        assertThat(OutcomeRules.SUPERVISION_MIN_SESSIONS).isEqualTo(4);
    }
}
