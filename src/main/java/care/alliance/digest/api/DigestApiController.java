package care.alliance.digest.api;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import care.alliance.digest.DigestContent;
import care.alliance.digest.Digests;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * api.md {@code GET /api/v1/appointments/{id}/digest}. The body is the stored JSON text itself, not a
 * re-serialisation, so the integration gets exactly what was built and shown (clinical.md §6).
 */
@RestController
class DigestApiController {

    private final Digests digests;

    DigestApiController(Digests digests) {
        this.digests = digests;
    }

    @GetMapping("/api/v1/appointments/{id}/digest")
    @Operation(summary = "Latest pre-session digest of an appointment (scope digests:read)",
            description = "{id} is the appointment's id as the programme booked it. 404 for an unknown appointment "
                    + "or when no digest has been built for it yet.")
    @ApiResponse(responseCode = "200", description = "The latest stored version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DigestContent.class)))
    ResponseEntity<String> digest(@PathVariable String id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(digests.forIntegration(id).json());
    }
}
