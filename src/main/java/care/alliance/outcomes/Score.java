package care.alliance.outcomes;

import java.time.Instant;
import java.util.Objects;

/**
 * One scored questionnaire in an episode. {@code occurredAt} is when the patient answered, which
 * is what orders scores (hazard H05); arrival time deliberately has no place here.
 */
public record Score(Instrument instrument, Instant occurredAt, int total) {

    public Score {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(occurredAt, "occurredAt");
        instrument.requireValidTotal(total);
    }
}
