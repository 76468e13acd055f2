/**
 * Pre-session progress digests (clinical.md §6): built from stored data for an appointment, stored
 * immutably per appointment and version, and re-read exactly as built. The root package is the public
 * API ({@link care.alliance.digest.Digests} and its records); building lives in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pre-session digest")
package care.alliance.digest;
