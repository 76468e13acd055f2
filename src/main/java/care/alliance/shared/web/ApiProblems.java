package care.alliance.shared.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * RFC 9457 problems for the API (api.md "Errors"): type, title, status, detail, and for validation
 * failures an `errors` array of {field, message}. One place builds them so every endpoint answers alike.
 */
public final class ApiProblems {

    public record FieldProblem(String field, String message) {
    }

    private ApiProblems() {
    }

    public static ResponseEntity<ProblemDetail> response(HttpStatus status, String title, String detail) {
        return response(problem(status, title, detail));
    }

    public static ResponseEntity<ProblemDetail> validation(List<FieldProblem> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
                errors.size() == 1 ? errors.getFirst().field() + ": " + errors.getFirst().message()
                        : errors.size() + " fields are invalid; see errors");
        problem.setProperty("errors", errors);
        return response(problem);
    }

    public static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("about:blank"));
        problem.setTitle(title);
        return problem;
    }

    public static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
