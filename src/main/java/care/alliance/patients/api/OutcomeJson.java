package care.alliance.patients.api;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;

import care.alliance.outcomes.EpisodeOutcome;
import care.alliance.outcomes.LiveStatus;
import care.alliance.outcomes.MeasureSummary;
import care.alliance.patients.EpisodeDates;
import care.alliance.patients.PatientOutcome;

/**
 * The outcome JSON of api.md, field for field; {@code null} wherever the rules leave a value unknown.
 * Extra fields: {@code final} (the episode is discharged, so the outcome will not change) and the
 * episode's dates.
 */
@Schema(name = "PatientOutcome")
record OutcomeJson(String programmeId, boolean finishedCourse, int treatmentSessions, MeasureSummary phq9,
        MeasureSummary gad7, Caseness caseness, Boolean reliableImprovement, Boolean reliableDeterioration,
        Boolean recovery, Boolean reliableRecovery, LiveStatus status, RiskFlag riskFlag,
        @JsonProperty("final") boolean finalOutcome, EpisodeDates episode) {

    @Schema(name = "OutcomeCaseness")
    record Caseness(Boolean atStart, Boolean latest) {
    }

    @Schema(name = "OutcomeRiskFlag", description = "Whether the patient has a risk flag no clinician has reviewed yet")
    record RiskFlag(boolean open) {
    }

    static OutcomeJson of(PatientOutcome patient) {
        EpisodeOutcome o = patient.outcome();
        return new OutcomeJson(patient.programmeId(), o.finishedCourse(), o.treatmentSessions(), o.phq9(), o.gad7(),
                new Caseness(o.casenessAtStart(), o.casenessLatest()), o.reliableImprovement(),
                o.reliableDeterioration(), o.recovery(), o.reliableRecovery(), o.status(),
                new RiskFlag(patient.riskFlagOpen()), o.finalOutcome(), patient.episode());
    }
}
