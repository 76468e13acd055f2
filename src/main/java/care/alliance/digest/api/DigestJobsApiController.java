package care.alliance.digest.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import care.alliance.digest.DigestJobs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** api.md {@code POST /api/v1/jobs/digests}: digest builds now for a window of appointment starts. */
@RestController
class DigestJobsApiController {

    /** The 202 body. */
    record Scheduled(int scheduled) {
    }

    private final DigestJobs jobs;

    DigestJobsApiController(DigestJobs jobs) {
        this.jobs = jobs;
    }

    // parameters are optional here so a missing one is answered like a malformed one: 400 with errors
    @PostMapping("/api/v1/jobs/digests")
    @Operation(summary = "Build digests now for appointments starting in [from, to) (scope jobs:run)",
            description = "Schedules one build per BOOKED appointment starting in the window; the builds run "
                    + "shortly after. Calling again replaces those builds rather than adding more, and a build "
                    + "stores a new version only when new data arrived. 400 when from/to are not ISO-8601 instants, "
                    + "from is not before to, or the window is longer than 7 days.")
    @ApiResponse(responseCode = "202", description = "Builds scheduled; scheduled counts the appointments",
            useReturnTypeSchema = true)
    ResponseEntity<Scheduled> digests(
            @Parameter(description = "ISO-8601 instant, inclusive") @RequestParam(required = false) String from,
            @Parameter(description = "ISO-8601 instant, exclusive") @RequestParam(required = false) String to) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).contentType(MediaType.APPLICATION_JSON)
                .body(new Scheduled(jobs.buildNow(from, to)));
    }
}
