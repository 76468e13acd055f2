package care.alliance.navigator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.navigator.internal.DataSummaryFactsQuery;
import care.alliance.navigator.internal.DataSummaryTable;
import care.alliance.patients.PatientRecord;
import care.alliance.patients.PatientService;
import care.alliance.security.CurrentUser;

/**
 * The navigator's data summaries for the PWP (clinical.md §5): generated facts about how the patient
 * uses the app, plus the navigator's own words. Every read and write goes through
 * {@link PatientService#requireAccess}, which scopes it (navigators and managers: their own service; a
 * PWP: their own patients) and audits it, allowed or refused (H02, H13). Navigators write; the PWP and
 * the manager read. A summary is never changed: publishing again adds one, and the newest is current.
 */
@Service
public class DataSummaries {

    /** The last fortnight: what a PWP needs between fortnightly sessions, in whole days of the service's zone. */
    public static final int DAYS = 14;
    /** clinical.md §5's default for a duplicate delivery. */
    public static final Duration DUPLICATE_WITHIN = Duration.ofMinutes(5);
    static final int SHOWN = 20;

    private final DataSummaryTable table;
    private final DataSummaryFactsQuery factsQuery;
    private final PatientService patients;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DataSummaries(DataSummaryTable table, DataSummaryFactsQuery factsQuery, PatientService patients,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.table = table;
        this.factsQuery = factsQuery;
        this.patients = patients;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The navigator's page: the facts as of now and the summaries published before, newest first. */
    @PreAuthorize("hasRole('NAVIGATOR')")
    @Transactional(readOnly = true)
    public DataSummaryDraft draft(long patientId) {
        PatientRecord patient = patients.requireAccess(patientId, "DATA_SUMMARY_DRAFT");
        return new DataSummaryDraft(patient.id(), patient.displayName(), patient.programmeId(),
                factsNow(patientId), table.recent(patientId, SHOWN));
    }

    /**
     * Publishes the navigator's words with the facts they saw. The facts are generated again here and
     * must equal {@code seen}: if data arrived while the navigator wrote, publishing is refused and the
     * page shows the new facts, so the PWP never reads words written against facts that are not stored.
     */
    @PreAuthorize("hasRole('NAVIGATOR')")
    @Transactional
    public DataSummary publish(long patientId, DataSummaryFacts seen, String words) {
        String text = SummaryWords.valid(words);
        patients.requireAccess(patientId, "DATA_SUMMARY_PUBLISH");
        DataSummaryFacts facts = factsNow(patientId);
        if (!facts.equals(seen)) {
            throw new IllegalStateException("The patient's data changed while you were writing. The facts are "
                    + "shown again: check them, then publish.");
        }
        long id = table.insert(patientId, currentUser.require().id(), clock.instant().truncatedTo(ChronoUnit.MICROS),
                facts, text);
        events.publishEvent(new DataSummaryPublished(patientId, id));
        // by id: a colleague may have published for the same patient in the same moment
        return table.byId(id);
    }

    /** The patient's current summary, for the patient's PWP and the service's managers (navigators too). */
    @PreAuthorize("hasAnyRole('PWP', 'MANAGER', 'NAVIGATOR')")
    @Transactional(readOnly = true)
    public Optional<DataSummary> current(long patientId) {
        patients.requireAccess(patientId, "DATA_SUMMARY_READ");
        return table.recent(patientId, 1).stream().findFirst();
    }

    private DataSummaryFacts factsNow(long patientId) {
        ZoneId zone = table.zone(patientId);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        return factsQuery.facts(patientId, today.minusDays(DAYS - 1L), today, zone, now, DUPLICATE_WITHIN);
    }
}
