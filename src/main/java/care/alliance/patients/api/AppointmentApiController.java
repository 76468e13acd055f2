package care.alliance.patients.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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
    ResponseEntity<AppointmentView> book(@RequestBody JsonNode body) {
        NewAppointment request = ApiRequests.newAppointment(body);
        Written<AppointmentView> written = DuplicateRetry.once(() -> book.book(request));
        return ResponseEntity.status(written.created() ? HttpStatus.CREATED : HttpStatus.OK).body(written.value());
    }

    @PostMapping("/{id}/outcome")
    AppointmentView outcome(@PathVariable String id, @RequestBody JsonNode body) {
        return book.recordOutcome(id, ApiRequests.outcome(body).status().status());
    }
}
