/**
 * The time ledger and time budget (issue #7, clinical.md §4): the work blended CBT really takes,
 * including the online reviews, digest reading, messages and programme learning that caseload targets
 * did not count. {@link care.alliance.timebudget.TimeLedger} is the PWP's ledger (auto-captured entries
 * to confirm or correct, manual ones), {@link care.alliance.timebudget.TimeCapture} records active time
 * on a patient page or digest, {@link care.alliance.timebudget.TimeBudgets} sets planned load against
 * capacity per week. Attended appointments are captured from the patients module's
 * {@code AppointmentStatusChanged} event ({@code internal.AppointmentCapture}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Time budget")
package care.alliance.timebudget;
