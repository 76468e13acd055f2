package care.alliance.patients.api;

import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

import care.alliance.patients.AppointmentKind;
import care.alliance.patients.AppointmentStatus;
import care.alliance.patients.NewAppointment;
import care.alliance.patients.NewPatient;

/**
 * The request bodies of api.md, checked field by field before any service is called: a body with a
 * problem is refused with 400 and every problem listed. Lengths match the columns they are stored in.
 */
final class ApiRequests {

    /** {@code POST /patients/{id}/discharge}. */
    record DischargeRequest(LocalDate on) {
    }

    /** {@code POST /appointments/{id}/outcome}: what happened; BOOKED is not an outcome. */
    @Schema(name = "AppointmentOutcomeRequest")
    record OutcomeRequest(Recorded status) {
    }

    enum Recorded {
        ATTENDED, DID_NOT_ATTEND, CANCELLED;

        AppointmentStatus status() {
            return AppointmentStatus.valueOf(name());
        }
    }

    private ApiRequests() {
    }

    static NewPatient newPatient(JsonNode body) {
        JsonFields fields = JsonFields.of(body);
        NewPatient patient = new NewPatient(fields.id("programmeId"), fields.text("displayName", 120),
                fields.text("pwp", 60), fields.date("referredOn"), fields.text("service", 40));
        fields.check();
        return patient;
    }

    static DischargeRequest discharge(JsonNode body) {
        JsonFields fields = JsonFields.of(body);
        DischargeRequest discharge = new DischargeRequest(fields.date("on"));
        fields.check();
        return discharge;
    }

    static NewAppointment newAppointment(JsonNode body) {
        JsonFields fields = JsonFields.of(body);
        String id = fields.id("id");
        String patient = fields.id("patient");
        Instant start = fields.instant("start");
        Integer minutes = fields.integer("minutes", 1, 480);
        AppointmentKind kind = fields.constant("kind", AppointmentKind.class);
        fields.check();
        return new NewAppointment(id, patient, start, minutes, kind);
    }

    static OutcomeRequest outcome(JsonNode body) {
        JsonFields fields = JsonFields.of(body);
        OutcomeRequest outcome = new OutcomeRequest(fields.constant("status", Recorded.class));
        fields.check();
        return outcome;
    }
}
