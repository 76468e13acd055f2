package care.alliance.digest.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import care.alliance.digest.DigestContent;
import care.alliance.digest.DigestContent.DataSummaryLine;
import care.alliance.digest.DigestContent.Diary;
import care.alliance.digest.DigestContent.IssueLine;
import care.alliance.digest.DigestContent.ModuleLine;
import care.alliance.digest.DigestContent.Questionnaires;
import care.alliance.digest.DigestContent.RiskFlagLine;
import care.alliance.navigator.DataSummary;
import care.alliance.outcomes.EpisodeFacts;
import care.alliance.outcomes.EpisodeOutcome;
import care.alliance.outcomes.OutcomeRules;
import care.alliance.programme.DiaryStatus;

/**
 * Turns a digest's inputs into its content (clinical.md §6). Pure, so the same inputs and build time
 * always give the same digest. Every questionnaire number comes from {@link OutcomeRules} (H04).
 */
final class DigestCalculator {

    /** clinical.md §5: a module with no progress for 14 days is stuck. */
    static final Duration STUCK_AFTER = Duration.ofDays(14);

    private DigestCalculator() {
    }

    static DigestContent content(DigestInputs in, Instant builtAt, int version) {
        EpisodeOutcome outcome = OutcomeRules.evaluate(new EpisodeFacts(in.scores(), in.attendedTreatmentSessions(),
                in.dates().dischargedOn() != null));
        Questionnaires questionnaires = new Questionnaires(outcome.phq9(), outcome.gad7(), outcome.status(),
                outcome.status().label());
        List<ModuleLine> modules = in.modules().stream().map(module -> new ModuleLine(module.module(),
                module.percent(), module.percent() == 100 && within(module.reachedAt(), in.since(), builtAt),
                module.percent() < 100 && !module.reachedAt().isAfter(builtAt.minus(STUCK_AFTER)))).toList();
        List<RiskFlagLine> flags = in.riskFlags().stream()
                .filter(flag -> flag.open() || within(flag.raisedAt(), in.since(), builtAt))
                .map(flag -> new RiskFlagLine(flag.raisedAt(), flag.reason(), flag.open(),
                        within(flag.raisedAt(), in.since(), builtAt))).toList();
        List<IssueLine> issues = in.issues().stream()
                .filter(issue -> !issue.resolved() || within(issue.resolvedAt(), in.since(), builtAt))
                .map(issue -> new IssueLine(issue.category().name(), issue.status().name(), issue.openedAt(),
                        issue.resolution())).toList();
        Diary diary = new Diary(count(in, DiaryStatus.PLANNED), count(in, DiaryStatus.COMPLETED));
        DigestContent draft = new DigestContent(in.appointment(), version, builtAt, in.since(), builtAt,
                MoodSummary.of(in.moods(), in.since(), builtAt, in.zone()), questionnaires, modules, flags, issues,
                in.unreadMessages(), diary, List.of(), summary(in.dataSummary()));
        // the agenda is derived from everything above, so it is added last
        return new DigestContent(draft.appointment(), version, builtAt, draft.since(), draft.until(), draft.mood(),
                questionnaires, modules, flags, issues, draft.unreadMessages(), diary, AgendaRules.agenda(draft),
                draft.dataSummary());
    }

    private static DataSummaryLine summary(DataSummary summary) {
        return summary == null ? null : new DataSummaryLine(summary.author(), summary.publishedAt(), summary.words(),
                summary.facts().oneLine());
    }

    private static int count(DigestInputs in, DiaryStatus status) {
        return (int) in.diary().stream().filter(entry -> entry.status() == status).count();
    }

    private static boolean within(Instant at, Instant since, Instant until) {
        return at != null && !at.isBefore(since) && at.isBefore(until);
    }
}
