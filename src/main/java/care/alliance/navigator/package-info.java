/**
 * The digital navigator's work (clinical.md §5): technical issues (detected, reported by a PWP or
 * raised by the navigator), their triage, onboarding and data summaries. The navigator is not a
 * clinician: nothing here reads clinical notes or touches risk flags.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Digital navigator")
package care.alliance.navigator;
