package care.alliance.navigator;

/** A service's detection thresholds as the administrator sees them; {@code custom} = not the defaults row-less. */
public record ServiceDetectionSettings(long serviceId, String code, String name, DetectionThresholds thresholds,
        boolean custom) {
}
