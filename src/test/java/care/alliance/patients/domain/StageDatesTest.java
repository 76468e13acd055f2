package care.alliance.patients.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import care.alliance.patients.AppointmentKind;
import care.alliance.patients.AppointmentStatus;

class StageDatesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void emptyEpisodeHasNoStageDates() {
        assertThat(StageDates.of(List.of(), LONDON)).isEqualTo(new StageDates(null, null, null));
    }

    @Test
    void assessmentAndTheFirstTwoAttendedTreatmentSessionsInStartOrder() {
        List<Appointment> appointments = List.of(
                attended("a1", AppointmentKind.ASSESSMENT, "2026-01-20T10:00:00Z"),
                attended("a2", AppointmentKind.ASSESSMENT, "2026-01-27T10:00:00Z"),
                attended("t3", AppointmentKind.FACE_TO_FACE, "2026-02-17T10:00:00Z"),
                attended("t2", AppointmentKind.ONLINE_REVIEW, "2026-02-10T10:00:00Z"),
                booked("t0", AppointmentKind.FACE_TO_FACE, "2026-02-01T10:00:00Z", AppointmentStatus.DID_NOT_ATTEND),
                booked("t1", AppointmentKind.FACE_TO_FACE, "2026-02-03T10:00:00Z", AppointmentStatus.CANCELLED),
                attended("t4", AppointmentKind.FACE_TO_FACE, "2026-02-24T10:00:00Z"));

        assertThat(StageDates.of(appointments, LONDON)).isEqualTo(new StageDates(LocalDate.of(2026, 1, 20),
                LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 17)));
    }

    @Test
    @DisplayName("H05 any order of the same appointments gives the same dates")
    void orderOfTheListDoesNotMatter() {
        List<Appointment> appointments = new ArrayList<>(List.of(
                attended("a", AppointmentKind.ASSESSMENT, "2026-01-20T10:00:00Z"),
                attended("b", AppointmentKind.FACE_TO_FACE, "2026-02-03T10:00:00Z"),
                attended("c", AppointmentKind.ONLINE_REVIEW, "2026-02-03T10:00:00Z"),
                attended("d", AppointmentKind.FACE_TO_FACE, "2026-02-10T09:00:00Z")));
        StageDates expected = StageDates.of(appointments, LONDON);
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(appointments, random);
            assertThat(StageDates.of(appointments, LONDON)).isEqualTo(expected);
        }
    }

    @Test
    @DisplayName("H07 stage days are London days across the March and October clock changes")
    void daysAreTheServicesLocalDays() {
        // 29 March 2026: clocks go forward at 01:00 UTC, so 23:30 UTC that evening is 00:30 on the 30th in London
        assertThat(StageDates.of(List.of(attended("m1", AppointmentKind.ASSESSMENT, "2026-03-28T23:30:00Z"),
                attended("m2", AppointmentKind.FACE_TO_FACE, "2026-03-29T23:30:00Z")), LONDON))
                .isEqualTo(new StageDates(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 30), null));
        // 25 October 2026: clocks go back at 01:00 UTC; 23:30 UTC on the 24th is still the 25th in London (BST),
        // 23:30 UTC on the 25th is the 25th (GMT)
        assertThat(StageDates.of(List.of(attended("o1", AppointmentKind.FACE_TO_FACE, "2026-10-24T23:30:00Z"),
                attended("o2", AppointmentKind.FACE_TO_FACE, "2026-10-25T23:30:00Z")), LONDON))
                .isEqualTo(new StageDates(null, LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 25)));
    }

    private static Appointment attended(String id, AppointmentKind kind, String start) {
        return booked(id, kind, start, AppointmentStatus.ATTENDED);
    }

    private static Appointment booked(String id, AppointmentKind kind, String start, AppointmentStatus status) {
        Appointment appointment = new Appointment(id, 1, 1, 1, kind, Instant.parse(start), 30);
        appointment.record(status);
        return appointment;
    }
}
