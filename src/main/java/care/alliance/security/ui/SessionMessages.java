package care.alliance.security.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * H12: when the idle session ends, send the tab straight to the sign-in page with a clear reason
 * instead of leaving patient data on screen behind a "session expired" toast.
 */
@Component
class SessionMessages implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredURL("/login?expired");
            messages.setSessionExpiredNotificationEnabled(false);
            return messages;
        });
    }
}
