package care.alliance.navigator;

/** What one detection run did: issues opened and issues closed automatically. */
public record DetectionResult(int opened, int closed) {

    public DetectionResult plus(DetectionResult other) {
        return new DetectionResult(opened + other.opened, closed + other.closed);
    }
}
