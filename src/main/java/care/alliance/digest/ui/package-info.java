/**
 * The digest's views, and {@link care.alliance.digest.ui.DigestPanel}, which the patient page shows
 * too: exposed as the module's "ui" interface for that one reuse.
 */
@org.springframework.modulith.NamedInterface("ui")
package care.alliance.digest.ui;
