package care.alliance.shared.web;

import java.io.IOException;

/** A request body past the API's limit (1 MiB, api.md); answered 413. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super("The request body is larger than " + limit / 1024 + " KiB.");
    }
}
