package care.alliance.patients;

/**
 * An episode was created, restaged by an appointment outcome, or discharged: what its outcome state
 * depends on (dates, attended sessions, the window its scores fall in) may have changed. Published
 * inside the changing transaction after the change is flushed, and only then, so a plain
 * {@code @EventListener} sees the new rows and commits with them. Ids only.
 */
public record EpisodeChanged(long episodeId) {
}
