/**
 * Detection of technical barriers (clinical.md §5, H10), internal to the navigator module.
 *
 * <p>Definitions, all in the patient's service zone (Europe/London by default), with the per-service
 * thresholds of {@code detection_settings} or the defaults of {@code DetectionThresholds}:
 * <ul>
 * <li><b>Programme active</b>: an open episode (not discharged) that has been assessed, and at least one
 * successful login (the programme is in use). Before the first login the onboarding checklist owns the
 * patient, so "no mood rating" and "no login" would only be noise. The other rules need an open episode.</li>
 * <li>(a) SYNC: programme active and no mood rating on the last n whole days (the last rating, or the first
 * login if never rated, was before the start of the day n days ago).</li>
 * <li>(b) LOGIN: programme active and no successful login on the last n whole days.</li>
 * <li>(c) LOGIN: at least n failed logins in the last 24 hours (sliding).</li>
 * <li>(d) NOTIFICATIONS_EXCESSIVE: yesterday or today, more than n× as many DELIVERED as SCHEDULED events
 * (a day with deliveries but nothing scheduled counts as one scheduled), or two DELIVERED events of one
 * kind at most n minutes apart since yesterday began.</li>
 * <li>(e) NOTIFICATIONS_MISSING: something was scheduled on the day n days ago and nothing has been
 * DELIVERED, OPENED or DISMISSED since that day began.</li>
 * <li>(f) CONTENT: programme active and a started module below 100% with no progress on the last n whole days.</li>
 * </ul>
 * An issue closes itself when its rule (for LOGIN: both rules) no longer holds, but only while it is
 * DETECTED, OPEN and unassigned: once a navigator has taken it, it is theirs to close.
 */
package care.alliance.navigator.detection;
