package care.alliance.patients.api;

import static care.alliance.patients.api.ApiCalls.appointmentJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import care.alliance.AllianceTest;
import care.alliance.Fixtures;
import care.alliance.patients.api.ApiCalls.Reply;

/** POST /api/v1/appointments and /outcome: idempotent booking, stage dates derived from attended sessions. */
@AllianceTest
class AppointmentApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    ApiCalls api;

    @BeforeEach
    void client() {
        api = new ApiCalls(port, jdbc);
    }

    @Test
    void bookingBelongsToThePatientsCurrentEpisodeAndItsPwp() {
        api.registerPatient("t-apt-1", "2026-01-12");

        Reply reply = api.post("/api/v1/appointments",
                appointmentJson("t-apt-1-a", "t-apt-1", "2026-02-02T10:00:00Z", 30, "FACE_TO_FACE"));

        assertThat(reply.status()).isEqualTo(201);
        JsonNode json = reply.json();
        assertThat(json.path("id").asString()).isEqualTo("t-apt-1-a");
        assertThat(json.path("patient").asString()).isEqualTo("t-apt-1");
        assertThat(json.path("start").asString()).isEqualTo("2026-02-02T10:00:00Z");
        assertThat(json.path("minutes").asInt()).isEqualTo(30);
        assertThat(json.path("kind").asString()).isEqualTo("FACE_TO_FACE");
        assertThat(json.path("status").asString()).isEqualTo("BOOKED");
        assertThat(jdbc.queryForMap("""
                SELECT u.username, a.episode_id = e.id AS same_episode FROM appointment a
                JOIN staff_user u ON u.id = a.pwp_id JOIN episode e ON e.patient_id = a.patient_id
                WHERE a.external_id = 't-apt-1-a'""")).containsEntry("username", ApiCalls.PWP)
                .hasEntrySatisfying("same_episode", same -> assertThat(((Number) same).intValue()).isEqualTo(1));
    }

    @Test
    void theSameBookingAgainIs200AndADifferentOneIs409() {
        api.registerPatient("t-apt-2", "2026-01-12");
        String body = appointmentJson("t-apt-2-a", "t-apt-2", "2026-02-02T10:00:00Z", 30, "ASSESSMENT");
        assertThat(api.post("/api/v1/appointments", body).status()).isEqualTo(201);
        int appointments = count();

        assertThat(api.post("/api/v1/appointments", body).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/appointments",
                appointmentJson("t-apt-2-a", "t-apt-2", "2026-02-02T11:00:00+01:00", 30, "ASSESSMENT")).status())
                .as("the same instant written with another offset is the same booking").isEqualTo(200);
        for (String different : List.of(
                appointmentJson("t-apt-2-a", "t-apt-2", "2026-02-02T10:30:00Z", 30, "ASSESSMENT"),
                appointmentJson("t-apt-2-a", "t-apt-2", "2026-02-02T10:00:00Z", 45, "ASSESSMENT"),
                appointmentJson("t-apt-2-a", "t-apt-2", "2026-02-02T10:00:00Z", 30, "FACE_TO_FACE"),
                appointmentJson("t-apt-2-a", Fixtures.PATIENT_OF_A, "2026-02-02T10:00:00Z", 30, "ASSESSMENT"),
                appointmentJson("T-APT-2-A", "t-apt-2", "2026-02-02T10:00:00Z", 30, "ASSESSMENT"))) {
            assertThat(api.post("/api/v1/appointments", different).status()).as(different).isEqualTo(409);
        }
        assertThat(count()).isEqualTo(appointments);
    }

    @Test
    void unknownPatientOrADayOutsideTheEpisodeIs422() {
        api.registerPatient("t-apt-3", "2026-01-12");
        int appointments = count();

        assertUnprocessable(appointmentJson("t-apt-3-a", "t-nobody", "2026-02-02T10:00:00Z", 30, "ASSESSMENT"),
                "patient");
        assertUnprocessable(appointmentJson("t-apt-3-a", "T-APT-3", "2026-02-02T10:00:00Z", 30, "ASSESSMENT"),
                "patient");
        assertUnprocessable(appointmentJson("t-apt-3-a", "t-apt-3", "2026-01-11T10:00:00Z", 30, "ASSESSMENT"),
                "start");
        assertThat(api.post("/api/v1/patients/t-apt-3/discharge", "{\"on\": \"2026-03-01\"}").status()).isEqualTo(200);
        assertUnprocessable(appointmentJson("t-apt-3-b", "t-apt-3", "2026-03-02T10:00:00Z", 30, "FACE_TO_FACE"),
                "start");
        assertThat(count()).isEqualTo(appointments);
    }

    @Test
    void attendedAppointmentsSetTheStageDates() {
        api.registerPatient("t-apt-4", "2026-01-12");
        api.attended("t-apt-4-a", "t-apt-4", "2026-01-19T10:00:00Z", "ASSESSMENT");
        assertThat(stageDates("t-apt-4")).containsExactly("2026-01-19", null, null);

        api.attended("t-apt-4-b", "t-apt-4", "2026-02-02T10:00:00Z", "FACE_TO_FACE");
        Reply second = book("t-apt-4-c", "t-apt-4", "2026-02-09T10:00:00Z", "ONLINE_REVIEW", "ATTENDED");

        assertThat(stageDates("t-apt-4")).containsExactly("2026-01-19", "2026-02-02", "2026-02-09");
        JsonNode episode = second.json().path("episode");
        assertThat(episode.path("assessedOn").asString()).isEqualTo("2026-01-19");
        assertThat(episode.path("firstTreatmentOn").asString()).isEqualTo("2026-02-02");
        assertThat(episode.path("secondTreatmentOn").asString()).isEqualTo("2026-02-09");
        assertThat(second.json().path("status").asString()).isEqualTo("ATTENDED");
    }

    @Test
    @DisplayName("H05 outcomes recorded late, twice, out of order or corrected give the dates of the attended sessions")
    void stageDatesAreRecomputedFromAllAttendedAppointments() {
        api.registerPatient("t-apt-5", "2026-01-12");
        book("t-apt-5-s3", "t-apt-5", "2026-02-16T10:00:00Z", "FACE_TO_FACE", null);
        book("t-apt-5-s2", "t-apt-5", "2026-02-09T10:00:00Z", "ONLINE_REVIEW", null);
        book("t-apt-5-s1", "t-apt-5", "2026-02-02T10:00:00Z", "FACE_TO_FACE", null);
        book("t-apt-5-as", "t-apt-5", "2026-01-20T10:00:00Z", "ASSESSMENT", null);

        outcome("t-apt-5-s3", "ATTENDED");
        assertThat(stageDates("t-apt-5")).containsExactly(null, "2026-02-16", null);
        outcome("t-apt-5-s2", "ATTENDED");
        outcome("t-apt-5-s2", "ATTENDED");
        assertThat(stageDates("t-apt-5")).containsExactly(null, "2026-02-09", "2026-02-16");
        outcome("t-apt-5-s1", "ATTENDED");
        outcome("t-apt-5-as", "ATTENDED");
        assertThat(stageDates("t-apt-5")).containsExactly("2026-01-20", "2026-02-02", "2026-02-09");

        outcome("t-apt-5-s1", "DID_NOT_ATTEND");
        assertThat(stageDates("t-apt-5")).containsExactly("2026-01-20", "2026-02-09", "2026-02-16");
        outcome("t-apt-5-as", "CANCELLED");
        assertThat(stageDates("t-apt-5")).containsExactly(null, "2026-02-09", "2026-02-16");
    }

    @Test
    @DisplayName("H07 an evening session in British Summer Time counts on the London day")
    void stageDatesAreLondonDays() {
        api.registerPatient("t-apt-6", "2026-03-01");
        api.attended("t-apt-6-a", "t-apt-6", "2026-03-29T23:30:00Z", "FACE_TO_FACE");
        api.attended("t-apt-6-b", "t-apt-6", "2026-10-25T23:30:00Z", "FACE_TO_FACE");

        assertThat(stageDates("t-apt-6")).containsExactly(null, "2026-03-30", "2026-10-25");
    }

    @Test
    @DisplayName("H08 outcomes for one episode recorded at the same moment all count")
    void concurrentOutcomesForOneEpisodeAllCount() throws Exception {
        api.registerPatient("t-apt-7", "2026-01-12");
        List<String> ids = List.of("t-apt-7-a", "t-apt-7-b", "t-apt-7-c", "t-apt-7-d");
        for (int i = 0; i < ids.size(); i++) {
            book(ids.get(i), "t-apt-7", "2026-02-0" + (i + 2) + "T10:00:00Z", i == 0 ? "ASSESSMENT" : "FACE_TO_FACE",
                    null);
        }
        List<Callable<Integer>> calls = new ArrayList<>();
        for (String id : ids) {
            calls.add(() -> api.post("/api/v1/appointments/" + id + "/outcome", "{\"status\": \"ATTENDED\"}").status());
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(ids.size())) {
            for (Future<Integer> status : pool.invokeAll(calls)) {
                assertThat(status.get()).isEqualTo(200);
            }
        }

        assertThat(stageDates("t-apt-7")).containsExactly("2026-02-02", "2026-02-03", "2026-02-04");
    }

    @Test
    void outcomeOfAnUnknownAppointmentIs404AndAttendanceBeforeTheStartIs422() {
        assertThat(api.post("/api/v1/appointments/t-no-such/outcome", "{\"status\": \"ATTENDED\"}").status())
                .isEqualTo(404);
        api.registerPatient("t-apt-8", "2026-01-12");
        book("t-apt-8-future", "t-apt-8", "2099-02-02T10:00:00Z", "FACE_TO_FACE", null);

        Reply early = api.post("/api/v1/appointments/t-apt-8-future/outcome", "{\"status\": \"ATTENDED\"}");

        assertThat(early.status()).isEqualTo(422);
        assertThat(early.errorFields()).containsExactly("status");
        assertThat(api.post("/api/v1/appointments/t-apt-8-future/outcome", "{\"status\": \"CANCELLED\"}").status())
                .isEqualTo(200);
        assertThat(stageDates("t-apt-8")).containsExactly(null, null, null);
    }

    private Reply book(String id, String patient, String start, String kind, String outcome) {
        Reply booked = api.post("/api/v1/appointments", appointmentJson(id, patient, start, 30, kind));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        return outcome == null ? booked : outcome(id, outcome);
    }

    private Reply outcome(String id, String status) {
        Reply reply = api.post("/api/v1/appointments/" + id + "/outcome", "{\"status\": \"" + status + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply;
    }

    private void assertUnprocessable(String body, String field) {
        Reply reply = api.post("/api/v1/appointments", body);
        assertThat(reply.status()).as(body).isEqualTo(422);
        assertThat(reply.errorFields()).containsExactly(field);
    }

    private List<String> stageDates(String programmeId) {
        Map<String, Object> row = jdbc.queryForMap("""
                SELECT CAST(e.assessed_on AS CHAR) a, CAST(e.first_treatment_on AS CHAR) f,
                       CAST(e.second_treatment_on AS CHAR) s
                FROM episode e JOIN patient p ON p.id = e.patient_id WHERE p.programme_id = ?""", programmeId);
        List<String> dates = new ArrayList<>();
        dates.add((String) row.get("a"));
        dates.add((String) row.get("f"));
        dates.add((String) row.get("s"));
        return dates;
    }

    private int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM appointment", Integer.class);
    }
}
