package care.alliance.caseload.ui.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import care.alliance.outcomes.EpisodeOutcome;
import care.alliance.outcomes.Instrument;
import care.alliance.outcomes.LiveStatus;
import care.alliance.outcomes.MeasureSummary;
import care.alliance.outcomes.Score;
import care.alliance.shared.ui.DisplayTime;

/** The text beside the questionnaire chart (H14): first and latest of each measure, the change, the verdict. */
public final class ScoreSummary {

    public static final String ONE_SCORE = "Only one score: change cannot be judged yet.";

    private ScoreSummary() {
    }

    public static String of(List<Score> scores, EpisodeOutcome outcome) {
        if (scores.isEmpty()) {
            return "No PHQ-9 or GAD-7 scores in this episode yet.";
        }
        List<String> parts = new ArrayList<>();
        for (Instrument instrument : Instrument.values()) {
            MeasureSummary measure = ScoreChart.measure(outcome, instrument);
            if (measure != null) {
                parts.add(measure(instrument, measure, scores));
            }
        }
        parts.add(verdict(outcome));
        return String.join(" ", parts);
    }

    /** The episode's verdict from the outcome rules (both measures together, the mixed case included). */
    public static String verdict(EpisodeOutcome outcome) {
        if (outcome.status() == LiveStatus.INSUFFICIENT_DATA) {
            return ONE_SCORE;
        }
        if (Boolean.TRUE.equals(outcome.reliableDeterioration())) {
            return "Verdict: reliable deterioration.";
        }
        return Boolean.TRUE.equals(outcome.reliableImprovement()) ? "Verdict: reliable improvement."
                : "Verdict: no reliable change.";
    }

    private static String measure(Instrument instrument, MeasureSummary measure, List<Score> scores) {
        List<Score> own = scores.stream().filter(s -> s.instrument() == instrument)
                .sorted(Comparator.comparing(Score::occurredAt)).toList();
        String name = ChartText.instrument(instrument);
        if (measure.change() == null) {
            return "%s: one score, %d (%s) on %s.".formatted(name, measure.latest(),
                    ChartText.severity(measure.severity()), DisplayTime.dateTime(own.getLast().occurredAt()));
        }
        String reliable = ScoreChart.reliableChange(instrument, measure);
        return "%s: %d (%s) on %s → %d (%s) on %s, change %s%s.".formatted(name, measure.first(),
                ChartText.severity(instrument.severityOf(measure.first())), date(own.getFirst()), measure.latest(),
                ChartText.severity(measure.severity()), date(own.getLast()), ChartText.signed(measure.change()),
                reliable == null ? "" : " (" + reliable.toLowerCase(java.util.Locale.ROOT) + ")");
    }

    private static String date(Score score) {
        return ChartText.day(score.occurredAt().atZone(DisplayTime.ZONE).toLocalDate());
    }
}
