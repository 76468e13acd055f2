package care.alliance.caseload;

import java.time.Instant;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.outcomes.Score;
import care.alliance.patients.PatientRecord;
import care.alliance.patients.PatientService;
import care.alliance.programme.MoodHistory;
import care.alliance.programme.QuestionnaireHistory;

/**
 * What the patient page shows. The patient is read through PatientService, which scopes the read to
 * the user's own patients (H02) and audits it (H13); the programme data follow only after that.
 */
@Service
public class PatientPage {

    public record Content(PatientRecord patient, List<MoodHistory.MoodRating> moods, List<Score> questionnaires) {
    }

    static final int MOODS_SHOWN = 14;
    private final PatientService patients;
    private final MoodHistory moods;
    private final QuestionnaireHistory questionnaires;

    PatientPage(PatientService patients, MoodHistory moods, QuestionnaireHistory questionnaires) {
        this.patients = patients;
        this.moods = moods;
        this.questionnaires = questionnaires;
    }

    @PreAuthorize("hasAnyRole('PWP', 'MANAGER')")
    @Transactional(readOnly = true)
    public Content load(long patientId) {
        PatientRecord patient = patients.get(patientId);
        List<Score> scores = questionnaires.scores(patientId, Instant.EPOCH, null).reversed();
        return new Content(patient, moods.recent(patientId, MOODS_SHOWN), scores);
    }
}
