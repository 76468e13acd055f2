package care.alliance.patients.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every answer is JSON, whatever the caller's Accept header. The content type is fixed before the body
 * is written, so a caller asking for HTML or XML cannot turn a committed write into a failed response
 * (the write would then be stored while the caller was told it failed).
 */
final class JsonReply {

    private JsonReply() {
    }

    static <T> ResponseEntity<T> of(HttpStatus status, T body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    static <T> ResponseEntity<T> ok(T body) {
        return of(HttpStatus.OK, body);
    }
}
