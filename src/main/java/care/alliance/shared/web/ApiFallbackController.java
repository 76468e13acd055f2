package care.alliance.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any /api path no endpoint claims answers 404 as problem+json, instead of falling through to the
 * UI servlet (which would answer HTML and create a session). More specific mappings always win.
 */
@RestController
class ApiFallbackController {

    @RequestMapping("/api/**")
    ResponseEntity<ProblemDetail> notFound() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "There is no such endpoint in the Alliance API. See /api/v1 in the API description.");
        problem.setTitle("No such endpoint");
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
