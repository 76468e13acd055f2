package care.alliance.navigator.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import care.alliance.navigator.DetectionJobs;
import care.alliance.navigator.DetectionResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** api.md {@code POST /api/v1/jobs/detection}: the detection rules, now. */
@RestController
class DetectionJobsApiController {

    private final DetectionJobs jobs;

    DetectionJobsApiController(DetectionJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping("/api/v1/jobs/detection")
    @Operation(summary = "Run the technical-issue detection rules now (scope jobs:run)",
            description = "Runs every rule for every patient before answering: opens at most one issue per patient "
                    + "and category (an issue already open is left as it is) and closes detected issues that are "
                    + "still OPEN and unassigned when their condition has cleared. Safe to call while the scheduled "
                    + "run or another call is running. 202 with what this run did.")
    @ApiResponse(responseCode = "202", description = "The run finished; opened and closed count its issues",
            useReturnTypeSchema = true)
    ResponseEntity<DetectionResult> detection() {
        return ResponseEntity.status(HttpStatus.ACCEPTED).contentType(MediaType.APPLICATION_JSON)
                .body(jobs.runNow());
    }
}
