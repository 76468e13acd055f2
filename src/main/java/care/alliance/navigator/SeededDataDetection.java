package care.alliance.navigator;

import org.springframework.stereotype.Component;

import care.alliance.navigator.detection.Detection;

/**
 * For a freshly seeded database (the demo service): runs every detection rule once, now, so the
 * navigator's queue shows the demo's technical problems at once instead of after the first
 * scheduled run (up to 15 minutes later, or never where the schedule is switched off, as in the
 * browser tests). Not a security boundary: no person calls it; the run audits as the detection job.
 */
@Component
public class SeededDataDetection {

    private final Detection detection;

    SeededDataDetection(Detection detection) {
        this.detection = detection;
    }

    public DetectionResult runOnceNow() {
        return detection.runAll();
    }
}
