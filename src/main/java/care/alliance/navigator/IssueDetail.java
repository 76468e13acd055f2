package care.alliance.navigator;

import java.util.List;

/**
 * An issue as the navigator works it. H01: {@code riskFlagOpen} says only that a clinical red flag is
 * waiting for the PWP, and {@code pwpName} whom to tell; nothing here carries a flag's reason, a
 * review note or any score, and no navigator method returns them.
 */
public record IssueDetail(TechnicalIssue issue, String patientName, String programmeId, String pwpName,
        boolean riskFlagOpen, boolean assignedToMe, int workingDaysOpen, boolean overdue, List<IssueNote> notes) {
}
