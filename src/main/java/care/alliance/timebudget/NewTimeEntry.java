package care.alliance.timebudget;

import java.time.LocalDate;

/** A manual entry as the PWP types it; {@code patientId} only for kinds that name a patient. */
public record NewTimeEntry(LocalDate workDate, int minutes, TimeKind kind, Long patientId, String note) {
}
