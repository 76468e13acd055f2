package care.alliance.navigator.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import care.alliance.navigator.NotificationHealth;
import care.alliance.navigator.ReminderSchedule;
import care.alliance.navigator.ReminderSchedules;
import care.alliance.navigator.ScheduleText;
import care.alliance.patients.PatientRecord;
import care.alliance.patients.PatientService;
import care.alliance.shared.ui.DisplayTime;
import care.alliance.shared.ui.SummarisedChart;

/**
 * A patient as the navigator sees them: are the reminders arriving (the notification health chart with
 * its summary), the reminder schedule in force, its editor and its history. Only the patient's id is in
 * the URL (H12); another service's patient is refused and audited by the services, and the router shows
 * the shell's access-denied page.
 */
@Route("navigator/patients")
@PageTitle("Patient · Navigator · Alliance")
@RolesAllowed("NAVIGATOR")
class NavigatorPatientView extends VerticalLayout implements HasUrlParameter<Long> {

    private final PatientService patients;
    private final NotificationHealth health;
    private final ReminderSchedules schedules;
    private final H2 title = new H2();
    private final Paragraph programmeId = new Paragraph();
    private final Paragraph outcome = new Paragraph();
    private final SummarisedChart chart = new SummarisedChart("Notifications, last " + NotificationHealth.DAYS
            + " days", "notification-health");
    private final Paragraph current = new Paragraph();
    private final ScheduleEditor editor;
    private final Grid<ReminderSchedule> history = new Grid<>();
    private long patientId;

    NavigatorPatientView(PatientService patients, NotificationHealth health, ReminderSchedules schedules) {
        this.patients = patients;
        this.health = health;
        this.schedules = schedules;
        this.editor = new ScheduleEditor(schedules, this::saved);
        title.setId("navigator-patient-title");
        programmeId.setId("navigator-patient-programme-id");
        outcome.setId("schedule-outcome");
        outcome.getElement().setAttribute("role", "status");
        current.setId("schedule-current");
        history.setId("schedule-history");
        history.addColumn(ReminderSchedule::version).setHeader("Version").setKey("version").setAutoWidth(true);
        history.addColumn(s -> DisplayTime.dateTime(s.changedAt())).setHeader("When").setKey("when").setAutoWidth(true);
        history.addColumn(ReminderSchedule::changedBy).setHeader("Who").setKey("who").setAutoWidth(true);
        history.addColumn(ReminderSchedule::changeNote).setHeader("Reason").setKey("reason");
        history.addColumn(ReminderSchedule::describe).setHeader("Schedule").setKey("schedule");
        history.setAllRowsVisible(true);
        add(new RouterLink("Back to the queue", NavigatorHomeView.class), title, programmeId, chart,
                new H3("Reminder schedule"), current, outcome, editor, new H3("Schedule history"), history);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        patientId = id;
        outcome.setText("");
        PatientRecord patient = patients.get(id); // refuses and audits another service's patient
        title.setText(patient.displayName());
        programmeId.setText("Programme id " + patient.programmeId());
        var report = health.lastDays(id);
        chart.show(NotificationHealthChart.option(report), NotificationHealthChart.summary(report));
        showSchedule();
    }

    private void showSchedule() {
        ReminderSchedule schedule = schedules.current(patientId);
        current.setText(schedule.agreed() ? ScheduleText.inForce(schedule) : "Not agreed yet: no reminders are planned.");
        editor.edit(patientId, schedule);
        history.setItems(schedules.history(patientId));
    }

    private void saved(String message) {
        showSchedule();
        outcome.setText(message);
    }
}
