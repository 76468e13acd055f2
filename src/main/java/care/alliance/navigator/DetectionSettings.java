package care.alliance.navigator;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.audit.AuditLog;
import care.alliance.audit.AuditOutcome;
import care.alliance.navigator.detection.ThresholdStore;
import care.alliance.security.CurrentUser;
import care.alliance.security.StaffIdentity;

/**
 * The administrator's per-service detection thresholds (clinical.md §5: "defaults, configurable").
 * Every change is audited with what changed; the next detection run uses it.
 */
@Service
public class DetectionSettings {

    private final ThresholdStore store;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    DetectionSettings(ThresholdStore store, CurrentUser currentUser, AuditLog audit) {
        this.store = store;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<ServiceDetectionSettings> list() {
        return store.all().stream().map(s -> new ServiceDetectionSettings(s.serviceId(), s.code(), s.name(),
                s.thresholds(), s.custom())).toList();
    }

    /** @throws IllegalArgumentException for an unknown service, or {@link DetectionThresholds.InvalidThresholds} */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void save(long serviceId, DetectionThresholds thresholds) {
        ServiceDetectionSettings before = find(serviceId);
        StaffIdentity admin = currentUser.require();
        DetectionThresholds valid = thresholds.validated();
        store.save(serviceId, valid, admin.username());
        audit.record(admin.username(), admin.role().name(), null, "DETECTION_THRESHOLDS",
                before.code() + ": " + valid.changesFrom(before.thresholds()), AuditOutcome.ALLOWED);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void restoreDefaults(long serviceId) {
        ServiceDetectionSettings before = find(serviceId);
        StaffIdentity admin = currentUser.require();
        store.restoreDefaults(serviceId);
        audit.record(admin.username(), admin.role().name(), null, "DETECTION_THRESHOLDS",
                before.code() + ": defaults restored (" + DetectionThresholds.DEFAULTS.changesFrom(before.thresholds())
                        + ")", AuditOutcome.ALLOWED);
    }

    private ServiceDetectionSettings find(long serviceId) {
        return list().stream().filter(s -> s.serviceId() == serviceId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No such service."));
    }
}
