package care.alliance.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import care.alliance.patients.PatientDirectory;
import care.alliance.programme.ProgrammeFact;
import care.alliance.programme.ProgrammeRecorder;

/**
 * Decides every event's result inside the request's transaction: unknown patient, repeated id
 * within the request, already stored (duplicate or conflict), or accepted; then hands the accepted
 * ones to the programme. Patients are resolved with one query per request.
 */
@Component
class EventBatchWriter {

    private final PatientDirectory patients;
    private final RawEventStore raw;
    private final ProgrammeRecorder programme;

    EventBatchWriter(PatientDirectory patients, RawEventStore raw, ProgrammeRecorder programme) {
        this.patients = patients;
        this.raw = raw;
        this.programme = programme;
    }

    List<EventResult> write(long integrationId, List<ParsedEvent> events, Instant receivedAt) {
        EventResult[] results = new EventResult[events.size()];
        List<ParsedEvent.Valid> valid = new ArrayList<>();
        for (ParsedEvent event : events) {
            switch (event) {
                case ParsedEvent.Invalid invalid -> results[invalid.index()] = EventResult.rejected(invalid.id(), invalid.error());
                case ParsedEvent.Valid v -> valid.add(v);
            }
        }
        Map<String, Long> patientIds = patients.idsByProgrammeId(valid.stream().map(ParsedEvent.Valid::patient).toList());
        // First occurrence of each id is the candidate; later ones are judged against what it became.
        Map<String, ParsedEvent.Valid> candidates = new LinkedHashMap<>();
        List<ParsedEvent.Valid> repeats = new ArrayList<>();
        for (ParsedEvent.Valid v : valid) {
            if (!patientIds.containsKey(v.patient())) {
                results[v.index()] = EventResult.rejected(v.id(), "unknown patient " + Fields.quote(v.patient()));
            } else if (candidates.putIfAbsent(v.id(), v) != null) {
                repeats.add(v);
            }
        }
        // Sorted by id: concurrent requests lock the unique key's entries in the same order.
        List<RawEventStore.Row> rows = candidates.values().stream()
                .sorted(Comparator.comparing(ParsedEvent.Valid::id))
                .map(v -> new RawEventStore.Row(v.id(), patientIds.get(v.patient()), v.content().type(),
                        v.occurredAt(), v.contentHash()))
                .toList();
        Map<String, Long> inserted = raw.insertNew(integrationId, rows, receivedAt);
        Map<String, String> stored = new HashMap<>(raw.hashes(integrationId,
                candidates.keySet().stream().filter(id -> !inserted.containsKey(id)).toList()));
        List<ProgrammeFact> facts = new ArrayList<>(inserted.size());
        for (ParsedEvent.Valid v : candidates.values()) {
            Long sourceEventId = inserted.get(v.id());
            if (sourceEventId != null) {
                results[v.index()] = EventResult.accepted(v.id());
                stored.put(v.id(), v.contentHash());
                facts.add(new ProgrammeFact(sourceEventId, v.id(), patientIds.get(v.patient()), v.occurredAt(), v.content()));
            } else if (stored.containsKey(v.id())) {
                results[v.index()] = EventResult.againstStored(v.id(), v.contentHash(), stored.get(v.id()));
            } else {
                // INSERT IGNORE also skips rows for other reasons (a patient deleted meanwhile): fail whole.
                throw new IllegalStateException("event " + v.id() + " was neither stored nor found");
            }
        }
        for (ParsedEvent.Valid repeat : repeats) {
            results[repeat.index()] = EventResult.againstStored(repeat.id(), repeat.contentHash(), stored.get(repeat.id()));
        }
        programme.record(facts);
        return List.of(results);
    }
}
