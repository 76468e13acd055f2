/**
 * Digital-programme state: the per-type facts (questionnaires, mood, module progress,
 * notifications, logins, diary, messages) dated by when they happened, and the risk flags raised
 * from them. Other modules learn about new data from {@link care.alliance.programme.ProgrammeDataArrived},
 * {@link care.alliance.programme.ScoresRecorded} and {@link care.alliance.programme.RiskFlagRaised},
 * which carry ids only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Digital programme")
package care.alliance.programme;
