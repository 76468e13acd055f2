package care.alliance.navigator.detection;

import java.util.Collections;
import java.util.List;

/** All patients, or the given ones (those whose data just arrived): a SQL condition on {@code p.id}. */
record PatientScope(List<Long> ids) {

    static final PatientScope ALL = new PatientScope(null);

    static PatientScope of(List<Long> ids) {
        return new PatientScope(List.copyOf(ids));
    }

    boolean all() {
        return ids == null;
    }

    /** {@code AND p.id IN (?, ...)}, or nothing for all patients; {@code column} names the patient id. */
    String condition(String column) {
        return all() ? "" : " AND " + column + " IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
    }

    List<Long> arguments() {
        return all() ? List.of() : ids;
    }
}
