package care.alliance.shared.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * Thrown by API-facing services for a request that must be refused as a whole (nothing written):
 * the advice turns it into problem+json with the given status and field problems.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final List<ApiProblems.FieldProblem> errors;

    public ApiException(HttpStatus status, String title, String detail, List<ApiProblems.FieldProblem> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ApiException invalid(List<ApiProblems.FieldProblem> errors) {
        return new ApiException(HttpStatus.BAD_REQUEST, "Invalid request",
                errors.size() == 1 ? errors.getFirst().field() + ": " + errors.getFirst().message()
                        : errors.size() + " fields are invalid; see errors", errors);
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new ApiProblems.FieldProblem(field, message)));
    }

    public static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, "Not found", detail, List.of());
    }

    public static ApiException conflict(String detail) {
        return new ApiException(HttpStatus.CONFLICT, "Conflict", detail, List.of());
    }

    public static ApiException unprocessable(String field, String message) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "Unprocessable request", field + ": " + message,
                List.of(new ApiProblems.FieldProblem(field, message)));
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<ApiProblems.FieldProblem> errors() {
        return errors;
    }
}
