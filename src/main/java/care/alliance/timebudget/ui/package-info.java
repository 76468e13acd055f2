/**
 * The time budget's UI parts. {@link care.alliance.timebudget.ui.VisitTracking} measures a PWP's active
 * time on the patient page and the digest, which belong to other modules: exposed as the module's "ui"
 * interface for that one use.
 */
@org.springframework.modulith.NamedInterface("ui")
package care.alliance.timebudget.ui;
