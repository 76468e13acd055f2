package care.alliance.patients.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

import care.alliance.patients.NewPatient;
import care.alliance.patients.OutcomeReport;
import care.alliance.patients.PatientIntake;
import care.alliance.patients.PatientView;
import care.alliance.patients.Written;

/** api.md "Patients and appointments" and "Reads": patients registered, discharged and their outcome. */
@RestController
@RequestMapping("/api/v1/patients")
class PatientApiController {

    private final PatientIntake intake;
    private final OutcomeReport outcomes;

    PatientApiController(PatientIntake intake, OutcomeReport outcomes) {
        this.intake = intake;
        this.outcomes = outcomes;
    }

    @PostMapping
    ResponseEntity<PatientView> register(@RequestBody JsonNode body) {
        NewPatient request = ApiRequests.newPatient(body);
        Written<PatientView> written = DuplicateRetry.once(() -> intake.register(request));
        return ResponseEntity.status(written.created() ? HttpStatus.CREATED : HttpStatus.OK).body(written.value());
    }

    @PostMapping("/{programmeId}/discharge")
    PatientView discharge(@PathVariable String programmeId, @RequestBody JsonNode body) {
        return intake.discharge(programmeId, ApiRequests.discharge(body).on());
    }

    @GetMapping("/{programmeId}/outcome")
    OutcomeJson outcome(@PathVariable String programmeId) {
        return OutcomeJson.of(outcomes.outcome(programmeId));
    }
}
