package care.alliance.caseload.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import care.alliance.navigator.ReminderSchedule;
import care.alliance.navigator.ScheduleText;

/**
 * The reminder schedule the navigator agreed with the patient, read-only: the PWP can see which reminders
 * the patient should be getting without asking. Worded by {@link ScheduleText} as on the navigator's page.
 */
class ReminderScheduleSection extends VerticalLayout {

    static final String NONE = "No reminder schedule agreed yet: the digital navigator agrees it with the patient.";

    private final Paragraph schedule = new Paragraph();

    ReminderScheduleSection() {
        setId("reminder-schedule");
        setPadding(false);
        schedule.setId("patient-reminders");
        add(new H3("Reminder schedule"), schedule);
    }

    void show(ReminderSchedule reminders) {
        schedule.setText(reminders.agreed() ? ScheduleText.inForce(reminders) : NONE);
    }
}
