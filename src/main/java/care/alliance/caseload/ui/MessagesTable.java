package care.alliance.caseload.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import care.alliance.caseload.PatientMessages;
import care.alliance.programme.MessageRecords.PatientMessage;
import care.alliance.shared.ui.DisplayTime;

/** The patient's messages, newest first; the patient's PWP marks an unread one read. */
class MessagesTable extends Grid<PatientMessage> {

    private final PatientMessages messages;
    private long patientId;
    private boolean mayMarkRead;

    MessagesTable(PatientMessages messages) {
        this.messages = messages;
        setId("message-grid");
        addColumn(m -> DisplayTime.dateTime(m.occurredAt())).setHeader("Received").setAutoWidth(true).setFlexGrow(0);
        addColumn(PatientMessage::text).setHeader("Message").setFlexGrow(1);
        addColumn(m -> m.unread() ? "Unread" : "Read " + DisplayTime.dateTime(m.readAt())).setHeader("Status")
                .setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(this::action).setHeader("Action").setAutoWidth(true).setFlexGrow(0);
        setEmptyStateText("No messages from the patient.");
        setAllRowsVisible(true);
    }

    void show(long patientId, List<PatientMessage> rows, boolean mayMarkRead) {
        this.patientId = patientId;
        this.mayMarkRead = mayMarkRead;
        setItems(rows);
    }

    private Component action(PatientMessage message) {
        if (!message.unread() || !mayMarkRead) {
            return new Span();
        }
        Button mark = new Button("Mark read", click -> markRead(message));
        mark.setId("mark-read-" + message.id());
        mark.addThemeVariants(ButtonVariant.LUMO_SMALL);
        mark.setAriaLabel("Mark the message received " + DisplayTime.dateTime(message.occurredAt()) + " read");
        return mark;
    }

    private void markRead(PatientMessage message) {
        try {
            messages.markRead(patientId, message.id()); // the page refreshes once it is committed
        } catch (IllegalArgumentException refused) {
            Notification.show(refused.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
