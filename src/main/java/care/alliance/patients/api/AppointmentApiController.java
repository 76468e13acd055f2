package care.alliance.patients.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import tools.jackson.databind.JsonNode;

import care.alliance.patients.AppointmentBook;
import care.alliance.patients.AppointmentView;
import care.alliance.patients.NewAppointment;
import care.alliance.patients.Written;

/** api.md "Patients and appointments": appointments booked and what happened at them. */
@RestController
@RequestMapping("/api/v1/appointments")
class AppointmentApiController {

    private final AppointmentBook book;

    AppointmentApiController(AppointmentBook book) {
        this.book = book;
    }

    @PostMapping
    @Operation(summary = "Book an appointment in the patient's current episode (scope appointments:write)",
            description = "201 when created; 200 for an identical retry; 409 for a different body under the same id; "
                    + "422 for an unknown patient or a day outside the episode.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = NewAppointment.class))))
    @ApiResponse(responseCode = "201", description = "Booked", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "Already booked with this body", useReturnTypeSchema = true)
    ResponseEntity<AppointmentView> book(@RequestBody JsonNode body) {
        NewAppointment request = ApiRequests.newAppointment(body);
        Written<AppointmentView> written = DuplicateRetry.once(() -> book.book(request));
        return JsonReply.of(written.created() ? HttpStatus.CREATED : HttpStatus.OK, written.value());
    }

    @PostMapping("/{id}/outcome")
    @Operation(summary = "Record what happened at an appointment (scope appointments:write)",
            description = "ATTENDED, DID_NOT_ATTEND or CANCELLED; a later call corrects an earlier one, and the "
                    + "episode's stage dates are recomputed. 404 for an unknown appointment.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = ApiRequests.OutcomeRequest.class))))
    ResponseEntity<AppointmentView> outcome(@PathVariable String id, @RequestBody JsonNode body) {
        return JsonReply.ok(book.recordOutcome(id, ApiRequests.outcome(body).status().status()));
    }
}
