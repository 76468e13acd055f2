package care.alliance.caseload.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;

import care.alliance.caseload.PatientMessages;
import care.alliance.caseload.PatientPageContent;
import care.alliance.programme.DiaryStatus;
import care.alliance.programme.MessageRecords.PatientMessage;
import care.alliance.programme.ProgrammeActivity.DiaryEntry;
import care.alliance.programme.ProgrammeActivity.Login;
import care.alliance.programme.ProgrammeActivity.NotificationEvent;
import care.alliance.shared.ui.DisplayTime;

/** What the patient did in the app lately, one tab per kind, the most recent rows newest first. */
class ActivityTabs extends TabSheet {

    private final MessagesTable messages;
    private final Tab messagesTab;
    private final Grid<DiaryEntry> diary = new Grid<>();
    private final Grid<Login> logins = new Grid<>();
    private final Grid<NotificationEvent> notifications = new Grid<>();

    ActivityTabs(PatientMessages patientMessages) {
        setId("activity-tabs");
        setWidthFull();
        messages = new MessagesTable(patientMessages);
        diary.setId("diary-grid");
        diary.addColumn(d -> DisplayTime.dateTime(d.occurredAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        diary.addColumn(DiaryEntry::activity).setHeader("Activity");
        diary.addColumn(d -> d.status() == DiaryStatus.COMPLETED ? "Completed" : "Planned").setHeader("Planned or done");
        diary.setEmptyStateText("No diary entries yet.");
        logins.setId("login-grid");
        logins.addColumn(l -> DisplayTime.dateTime(l.occurredAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        logins.addColumn(l -> l.success() ? "Succeeded" : "Failed" + (l.reason() == null ? "" : ": " + reason(l.reason())))
                .setHeader("Result");
        logins.setEmptyStateText("No logins yet.");
        notifications.setId("notification-grid");
        notifications.addColumn(n -> DisplayTime.dateTime(n.occurredAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        notifications.addColumn(n -> words(n.kind().name())).setHeader("Kind");
        notifications.addColumn(n -> words(n.status().name())).setHeader("Status");
        notifications.setEmptyStateText("No notifications yet.");
        for (Grid<?> grid : List.of(diary, logins, notifications)) {
            grid.setAllRowsVisible(true);
        }
        messagesTab = add("Messages", messages);
        add("Diary", diary);
        add("Logins", logins);
        add("Notifications", notifications);
    }

    void show(PatientPageContent content) {
        PatientPageContent.Activity activity = content.activity();
        // of the messages shown: enough to say "something is waiting", which is what the label is for
        long unread = activity.messages().stream().filter(PatientMessage::unread).count();
        messagesTab.setLabel(unread == 0 ? "Messages" : "Messages (" + unread + " unread)");
        messages.show(content.patient().id(), activity.messages(), content.mayMarkRead());
        diary.setItems(activity.diary());
        logins.setItems(activity.logins());
        notifications.setItems(activity.notifications());
    }

    /** "BAD_PASSWORD" reads "bad password". */
    private static String reason(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** "MOOD_REMINDER" reads "Mood reminder". */
    private static String words(String code) {
        String words = reason(code);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
