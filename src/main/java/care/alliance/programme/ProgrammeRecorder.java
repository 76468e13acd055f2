package care.alliance.programme;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.programme.internal.FactTables;
import care.alliance.programme.internal.RiskFlags;

/**
 * Turns accepted programme events into patient state: one fact row per event, dated by
 * {@code occurredAt} (readers order by it, never by arrival: H05), and a risk flag for every PHQ-9
 * whose item 9 is above 0, raised here, on arrival, in the same transaction (H01). Listeners of
 * {@link ScoresRecorded} run in that transaction too, so derived state commits with the scores.
 */
@Service
public class ProgrammeRecorder {

    private final FactTables facts;
    private final RiskFlags riskFlags;
    private final ApplicationEventPublisher events;

    ProgrammeRecorder(FactTables facts, RiskFlags riskFlags, ApplicationEventPublisher events) {
        this.facts = facts;
        this.riskFlags = riskFlags;
        this.events = events;
    }

    /**
     * MANDATORY: the caller's transaction also holds the raw events these facts come from, so a
     * request stores its facts, flags and raw events together or none of them. The events below are
     * published in that transaction; transactional listeners see them only after it commits.
     */
    @PreAuthorize("hasAuthority('SCOPE_events:write')")
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(List<ProgrammeFact> accepted) {
        if (accepted.isEmpty()) {
            return;
        }
        facts.write(accepted);
        for (RiskFlags.Raised flag : riskFlags.raiseFor(accepted)) {
            events.publishEvent(new RiskFlagRaised(flag.riskFlagId(), flag.patientId()));
        }
        accepted.stream().mapToLong(ProgrammeFact::patientId).distinct()
                .forEach(patientId -> events.publishEvent(new ProgrammeDataArrived(patientId)));
        // Only batches with scores change an episode's outcome state; sorted, so lock order is global.
        accepted.stream().filter(fact -> fact.content() instanceof FactContent.Questionnaire)
                .mapToLong(ProgrammeFact::patientId).distinct().sorted()
                .forEach(patientId -> events.publishEvent(new ScoresRecorded(patientId)));
    }
}
