package care.alliance.navigator.ui;

import com.vaadin.flow.component.html.Span;

/** How the queue and the issue page word ages and the service level: in words, colour only besides (H14). */
final class QueueText {

    private QueueText() {
    }

    static String age(int workingDays) {
        return workingDays == 1 ? "1 working day" : workingDays + " working days";
    }

    static String issues(int count) {
        return count == 1 ? "1 issue" : count + " issues";
    }

    /** "Overdue" in an error badge, or "Within target" in a plain one. */
    static Span sla(boolean overdue) {
        Span badge = new Span(overdue ? "Overdue" : "Within target");
        badge.getElement().getThemeList().add(overdue ? "badge error" : "badge contrast");
        badge.addClassName("sla-badge");
        return badge;
    }
}
