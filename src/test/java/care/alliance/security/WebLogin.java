package care.alliance.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plain HTTP client that signs in through the real login form (CSRF token and all). */
final class WebLogin {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    WebLogin(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Posts the form and returns where the server redirects to. */
    String signIn(String username, String password) throws IOException, InterruptedException {
        String page = get("/login").body();
        Matcher csrf = CSRF.matcher(page);
        String token = csrf.find() ? csrf.group(1) : "";
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return response.headers().firstValue("Location").orElse("(status " + response.statusCode() + ")");
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
