package care.alliance.ingest;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/events}. The body is taken as bytes and parsed by the service, so every
 * malformed body gets the same precise problem+json; a chunked body past 1 MiB fails while it is
 * read here, as a PayloadTooLargeException inside HttpMessageNotReadableException, answered 413.
 * The media type is checked here rather than with {@code consumes}: a mapping that does not
 * match would fall through to the /api/** fallback and answer a misleading 404.
 */
@RestController
class EventsController {

    record EventsResponse(List<EventResult> results) {
    }

    private final EventIngestService ingest;

    EventsController(EventIngestService ingest) {
        this.ingest = ingest;
    }

    @PostMapping("/api/v1/events")
    EventsResponse post(HttpServletRequest request, @RequestBody(required = false) byte[] body)
            throws HttpMediaTypeNotSupportedException {
        requireJson(request.getContentType());
        return new EventsResponse(ingest.ingest(body));
    }

    private static void requireJson(String contentType) throws HttpMediaTypeNotSupportedException {
        try {
            if (contentType != null && MediaType.APPLICATION_JSON.equalsTypeAndSubtype(MediaType.parseMediaType(contentType))) {
                return;
            }
        } catch (InvalidMediaTypeException e) {
            // refused below like any other type
        }
        throw new HttpMediaTypeNotSupportedException("Send the events as application/json");
    }
}
