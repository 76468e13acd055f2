package care.alliance.navigator.detection;

import care.alliance.navigator.TechnicalIssueCategory;

/** A rule holds for a patient now: the issue it would open, and in words why (with the figures). */
record Finding(long patientId, long serviceId, TechnicalIssueCategory category, String description) {

    /** Two rules of one category (LOGIN) give one issue that names both. */
    Finding and(Finding other) {
        return new Finding(patientId, serviceId, category, description + "; " + other.description);
    }
}
