package care.alliance.patients.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
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

import care.alliance.patients.NewPatient;
import care.alliance.patients.OutcomeReport;
import care.alliance.patients.PatientIntake;
import care.alliance.patients.PatientView;
import care.alliance.patients.Written;

/**
 * api.md "Patients and appointments" and "Reads": patients registered, discharged and their outcome.
 * Bodies are read as JSON trees so that {@link ApiRequests} can check every field strictly; the
 * OpenAPI annotations describe their real shape.
 */
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
    @Operation(summary = "Register a patient and their first episode (scope patients:write)",
            description = "201 when created; 200 for an identical retry; 409 for a different body under the same "
                    + "programmeId; 422 for an unknown PWP or service, or a PWP of another service.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = NewPatient.class))))
    @ApiResponse(responseCode = "201", description = "Registered", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "Already registered with this body", useReturnTypeSchema = true)
    ResponseEntity<PatientView> register(@RequestBody JsonNode body) {
        NewPatient request = ApiRequests.newPatient(body);
        Written<PatientView> written = DuplicateRetry.once(() -> intake.register(request));
        return JsonReply.of(written.created() ? HttpStatus.CREATED : HttpStatus.OK, written.value());
    }

    @PostMapping("/{programmeId}/discharge")
    @Operation(summary = "Discharge the patient's current episode (scope patients:write)",
            description = "200, also for a retry with the same day; 409 for another day once discharged; 404 for an "
                    + "unknown patient; 422 for a day before the referral, in the future or before an attended "
                    + "appointment.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = ApiRequests.DischargeRequest.class))))
    ResponseEntity<PatientView> discharge(@PathVariable String programmeId, @RequestBody JsonNode body) {
        return JsonReply.ok(intake.discharge(programmeId, ApiRequests.discharge(body).on()));
    }

    @GetMapping("/{programmeId}/outcome")
    @Operation(summary = "Outcome of the patient's current episode (scope outcomes:read)",
            description = "The NHS Talking Therapies outcome rules; a field that cannot be computed is null. "
                    + "404 for an unknown patient.")
    ResponseEntity<OutcomeJson> outcome(@PathVariable String programmeId) {
        return JsonReply.ok(OutcomeJson.of(outcomes.outcome(programmeId)));
    }
}
