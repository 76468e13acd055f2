package care.alliance.navigator;

import java.time.Instant;
import java.util.List;

/**
 * A patient's onboarding checklist, every step in {@link OnboardingStep} order, and the "ready for
 * blended sessions" mark ({@code readyBy}/{@code readyAt} {@code null} until it is set).
 */
public record OnboardingChecklist(long patientId, String patientName, String programmeId, List<OnboardingItem> steps,
        String readyBy, Instant readyAt) {

    public OnboardingChecklist {
        steps = List.copyOf(steps);
    }

    public int done() {
        return (int) steps.stream().filter(OnboardingItem::ticked).count();
    }

    public boolean complete() {
        return done() == OnboardingStep.COUNT;
    }

    public boolean ready() {
        return readyAt != null;
    }

    public List<OnboardingStep> missing() {
        return steps.stream().filter(item -> !item.ticked()).map(OnboardingItem::step).toList();
    }
}
