package care.alliance.caseload;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.patients.PatientService;
import care.alliance.programme.MessageRecords;

/**
 * The PWP's side of the patient's messages. Only the patient's own PWP marks a message read: it
 * says "your clinician has seen this", which a manager reading the record must not claim.
 */
@Service
public class PatientMessages {

    private final MessageRecords messages;
    private final PatientService patients;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PatientMessages(MessageRecords messages, PatientService patients, ApplicationEventPublisher events, Clock clock) {
        this.messages = messages;
        this.patients = patients;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Scoped and audited through {@link PatientService#requireAccess} (H02, H13); the update itself is
     * bound to the patient too, so a message id from another patient changes nothing.
     *
     * @return true if marked now, false if it was already read (another tab or a colleague got there first)
     * @throws IllegalArgumentException when the message is not one of this patient's (nothing changes)
     */
    @PreAuthorize("hasRole('PWP')")
    @Transactional
    public boolean markRead(long patientId, long messageId) {
        patients.requireAccess(patientId, "MESSAGE_MARK_READ");
        if (messages.markRead(patientId, messageId, clock.instant())) {
            events.publishEvent(new MessageMarkedRead(messageId, patientId));
            return true;
        }
        if (!messages.exists(patientId, messageId)) {
            // same words for "no such message" and "another patient's": nothing to probe
            throw new IllegalArgumentException("This message is not one of this patient's messages.");
        }
        return false;
    }
}
