package care.alliance.navigator.api;

import java.time.Instant;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import care.alliance.navigator.FeedIssue;
import care.alliance.navigator.IssueFeed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** api.md {@code GET /api/v1/issues}: navigator issues for the programme, by patient and status. */
@RestController
class IssuesApiController {

    /** One issue on the wire; {@code patient} is an extra field (api.md allows extras). */
    record IssueJson(long id, String patient, String category, String source, Instant openedAt, String status) {

        static IssueJson of(FeedIssue issue) {
            return new IssueJson(issue.id(), issue.programmeId(), issue.category().name(), issue.apiSource(),
                    issue.openedAt(), issue.status().name());
        }
    }

    private final IssueFeed feed;

    IssuesApiController(IssueFeed feed) {
        this.feed = feed;
    }

    // parameters are read as text so an unknown status is answered 400 with errors, like any field
    @GetMapping("/api/v1/issues")
    @Operation(summary = "Technical issues, newest first (scope issues:read)",
            description = "With patient: that patient's issues (404 for an unknown programmeId). Without: every "
                    + "patient's, newest " + IssueFeed.MAX_ROWS + " at most. status narrows to one of OPEN, "
                    + "IN_PROGRESS, WAITING_ON_PATIENT, RESOLVED (400 otherwise). source is DETECTED or REPORTED.")
    @ApiResponse(responseCode = "200", description = "The issues", useReturnTypeSchema = true)
    ResponseEntity<List<IssueJson>> issues(
            @Parameter(description = "The patient's programmeId, exact") @RequestParam(required = false) String patient,
            @Parameter(description = "OPEN, IN_PROGRESS, WAITING_ON_PATIENT or RESOLVED")
            @RequestParam(required = false) String status) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(feed.issues(patient, status).stream().map(IssueJson::of).toList());
    }
}
