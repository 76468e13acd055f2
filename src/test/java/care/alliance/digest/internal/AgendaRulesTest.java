package care.alliance.digest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import care.alliance.digest.DigestContent;
import care.alliance.digest.DigestContent.Diary;
import care.alliance.digest.DigestContent.IssueLine;
import care.alliance.digest.DigestContent.ModuleLine;
import care.alliance.digest.DigestContent.Mood;
import care.alliance.digest.DigestContent.Questionnaires;
import care.alliance.digest.DigestContent.RiskFlagLine;
import care.alliance.outcomes.LiveStatus;

class AgendaRulesTest {

    private static final Instant T = Instant.parse("2026-11-01T10:00:00Z");
    private static final Mood FLAT = new Mood(5, 7, 6.0, 0.0, 5);
    private static final Questionnaires ON_TRACK = new Questionnaires(null, null, LiveStatus.ON_TRACK,
            LiveStatus.ON_TRACK.label());
    private static final ModuleLine WORKING = new ModuleLine("BEHAVIOURAL_ACTIVATION", 40, false, false);
    private static final ModuleLine STUCK = new ModuleLine("PSYCHOEDUCATION", 60, false, true);
    private static final RiskFlagLine OPEN_FLAG = new RiskFlagLine(T, "PHQ-9 item 9 answered 2", true, true);
    private static final IssueLine OPEN_ISSUE = new IssueLine("SYNC", "OPEN", T, null);

    private static DigestContent digest(Mood mood, Questionnaires questionnaires, List<ModuleLine> modules,
            List<RiskFlagLine> flags, List<IssueLine> issues, int unread) {
        return new DigestContent("apt", 1, T, T, T, mood, questionnaires, modules, flags, issues, unread,
                new Diary(4, 2), List.of(), null);
    }

    @Test
    @DisplayName("H01 an open risk flag comes first, then deterioration, then the stuck module")
    void riskFirst() {
        Questionnaires worse = new Questionnaires(null, null, LiveStatus.RELIABLY_DETERIORATED,
                LiveStatus.RELIABLY_DETERIORATED.label());
        assertThat(AgendaRules.agenda(digest(FLAT, worse, List.of(STUCK), List.of(OPEN_FLAG), List.of(OPEN_ISSUE), 2)))
                .containsExactly("Review risk first: PHQ-9 item 9 answered 2",
                        "Discuss the deterioration: Reliably deteriorated",
                        "Problem-solve the stuck module: Psychoeducation at 60 %");
    }

    @Test
    void aReviewedFlagIsNoAgendaItem() {
        RiskFlagLine reviewed = new RiskFlagLine(T, "old", false, true);
        assertThat(AgendaRules.agenda(digest(FLAT, ON_TRACK, List.of(), List.of(reviewed), List.of(), 0)).getFirst())
                .doesNotStartWith("Review risk");
    }

    @Test
    void fallingMoodWhenNotDeteriorated() {
        Mood falling = new Mood(6, 7, 4.5, -0.4, 2);
        assertThat(AgendaRules.agenda(digest(falling, ON_TRACK, List.of(), List.of(), List.of(), 0)).getFirst())
                .isEqualTo("Explore the falling mood (mean 4.5, lowest 2)");
    }

    @Test
    void issueThenMessagesAfterTheClinicalRules() {
        assertThat(AgendaRules.agenda(digest(FLAT, ON_TRACK, List.of(WORKING), List.of(), List.of(OPEN_ISSUE), 1)))
                .containsExactly("Check the technical issue: SYNC", "Go through 1 unread message",
                        "Review progress on Behavioural activation");
    }

    @Test
    void aResolvedIssueIsReportedButNeedsNoTime() {
        IssueLine resolved = new IssueLine("SYNC", "RESOLVED", T, "Reinstalled the app");
        assertThat(AgendaRules.agenda(digest(FLAT, ON_TRACK, List.of(), List.of(), List.of(resolved), 0)))
                .noneMatch(bullet -> bullet.startsWith("Check the technical issue"));
    }

    @Test
    @DisplayName("a quiet period still gets exactly three bullets from the fallbacks")
    void fallbacks() {
        assertThat(AgendaRules.agenda(digest(new Mood(0, 7, null, null, null), ON_TRACK, List.of(WORKING), List.of(),
                List.of(), 0))).containsExactly("Review progress on Behavioural activation",
                        "Review the activity diary: 2 of 4 planned done", "Look at the mood ratings together: 0 of 7 days rated");
        assertThat(AgendaRules.agenda(digest(FLAT, ON_TRACK, List.of(), List.of(), List.of(), 0))).hasSize(3);
    }
}
