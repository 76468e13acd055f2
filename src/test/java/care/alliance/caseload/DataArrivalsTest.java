package care.alliance.caseload;

import static care.alliance.ingest.EventsApi.mood;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.flow.shared.Registration;

import care.alliance.AllianceTest;
import care.alliance.Fixtures;
import care.alliance.ingest.EventsApi;
import care.alliance.shared.ui.PatientDataSignals;

/** Open patient pages hear about committed data at once, without the cost of a durable event per patient. */
@AllianceTest
class DataArrivalsTest {

    @LocalServerPort
    int port;
    @Autowired
    PatientDataSignals signals;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void committedDataSignalsThePatientOnceAndWritesNoEventPublication() {
        long patient = Fixtures.patientId(jdbc, Fixtures.PATIENT_OF_B);
        AtomicInteger heard = new AtomicInteger();
        Registration registration = signals.onChange(patient, heard::incrementAndGet);
        long publications = jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION", Long.class);
        String run = EventsApi.run();
        try {
            var response = new EventsApi(port).post(EventsApi.body(List.of(
                    mood(run + "m1", Fixtures.PATIENT_OF_B, "2026-03-02T20:00:00Z", 6),
                    mood(run + "m2", Fixtures.PATIENT_OF_B, "2026-03-03T20:00:00Z", 7))));
            assertThat(response.statusCode()).isEqualTo(200);
        } finally {
            registration.remove();
        }

        assertThat(heard).as("one signal per patient per batch, after the commit").hasValue(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION", Long.class)).isEqualTo(publications);
    }
}
