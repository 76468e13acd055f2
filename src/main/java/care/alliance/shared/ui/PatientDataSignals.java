package care.alliance.shared.ui;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.vaadin.flow.shared.Registration;

/**
 * Tells open views that a patient's data changed, so a page someone is reading refreshes itself
 * (server push). Carries the patient id only; each view reloads through its own scoped service.
 * In-memory, per node, like {@link UserNotifications}.
 */
@Component
public class PatientDataSignals {

    private final Map<Long, Set<Runnable>> listeners = new ConcurrentHashMap<>();

    /** The listener runs on the signalling thread: a view passes one that goes through UI.access. */
    public Registration onChange(long patientId, Runnable listener) {
        listeners.computeIfAbsent(patientId, id -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> listeners.computeIfPresent(patientId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    public void changed(long patientId) {
        listeners.getOrDefault(patientId, Set.of()).forEach(Runnable::run);
    }
}
