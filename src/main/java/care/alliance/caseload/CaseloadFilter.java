package care.alliance.caseload;

import care.alliance.outcomes.LiveStatus;
import care.alliance.patients.EpisodeStage;

/**
 * What a PWP narrows the caseload to; every part is optional ({@code null} or false = no filter).
 *
 * @param needsAttention only patients with an open risk flag, a live status of
 *                       {@link LiveStatus#RELIABLY_DETERIORATED} or {@link LiveStatus#NOT_IMPROVING_BY_SESSION_4},
 *                       an open technical issue, or an unread message: what a PWP should act on
 *                       before the next session, whatever the date of that session
 * @param search         part of the patient's name (anywhere in it), or the start of the programme id;
 *                       taken literally: {@code %} and {@code _} match themselves
 */
public record CaseloadFilter(LiveStatus status, EpisodeStage stage, boolean needsAttention, String search) {

    public static final CaseloadFilter NONE = new CaseloadFilter(null, null, false, null);

    public CaseloadFilter {
        search = search == null || search.isBlank() ? null : search.strip();
    }

    public boolean isEmpty() {
        return status == null && stage == null && !needsAttention && search == null;
    }
}
