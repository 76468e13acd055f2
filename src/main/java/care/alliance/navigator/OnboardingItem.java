package care.alliance.navigator;

import java.time.Instant;

/**
 * One step of a patient's checklist. {@code tickedBy}/{@code tickedAt}/{@code note} are {@code null}
 * while the step is not ticked; {@code seenAt} is the evidence from the programme's data where there is
 * any (first successful login, first mood rating, first notification opened): a hint only, the
 * navigator still ticks the step.
 */
public record OnboardingItem(OnboardingStep step, String tickedBy, Instant tickedAt, String note, Instant seenAt) {

    public boolean ticked() {
        return tickedAt != null;
    }
}
