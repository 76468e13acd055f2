package care.alliance.navigator;

import java.time.Instant;

/** One line of an issue's history; {@code author} is null for lines written by the system. */
public record IssueNote(Instant writtenAt, String author, String text) {
}
