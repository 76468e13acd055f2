package care.alliance.shared.ui;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * Pushes a message to every open browser tab of one staff member, at once (H01: a risk flag is
 * never silent). Tabs register when the shell attaches and leave when it detaches. In-memory, so
 * it reaches the tabs served by this node; with several nodes each node pushes to its own tabs.
 */
@Component
public class UserNotifications {

    private record Tab(Consumer<String> deliver) {
    }

    private final Map<Long, Set<Tab>> tabsByStaff = new ConcurrentHashMap<>();

    /** Shows the message in that tab's own UI thread: a tab is a UI, so delivery goes through UI.access. */
    public Registration register(long staffId, UI ui, Consumer<String> show) {
        return register(staffId, message -> ui.access(() -> show.accept(message)));
    }

    /** A receiver of messages for one staff member; normally a browser tab (see the UI overload). */
    public Registration register(long staffId, Consumer<String> deliver) {
        Tab tab = new Tab(deliver);
        tabsByStaff.computeIfAbsent(staffId, id -> ConcurrentHashMap.newKeySet()).add(tab);
        return () -> tabsByStaff.computeIfPresent(staffId, (id, tabs) -> {
            tabs.remove(tab);
            return tabs.isEmpty() ? null : tabs;
        });
    }

    /** @return how many open tabs the message went to (0: the person is not signed in here) */
    public int notifyStaff(long staffId, String message) {
        Set<Tab> tabs = tabsByStaff.getOrDefault(staffId, Set.of());
        tabs.forEach(tab -> tab.deliver().accept(message));
        return tabs.size();
    }
}
