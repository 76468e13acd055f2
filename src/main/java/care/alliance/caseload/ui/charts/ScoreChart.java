package care.alliance.caseload.ui.charts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import care.alliance.outcomes.EpisodeOutcome;
import care.alliance.outcomes.Instrument;
import care.alliance.outcomes.MeasureSummary;
import care.alliance.outcomes.Score;
import care.alliance.shared.ui.DisplayTime;

/**
 * PHQ-9 and GAD-7 over the current episode on a time axis (H14): each measure its own line style and
 * symbol as well as colour, a labelled caseness line per measure, and on the latest point a labelled
 * marker when the change from the first score is reliable. Every number comes from {@link Instrument}
 * and {@link EpisodeOutcome}: nothing clinical is worked out here (H04).
 */
public final class ScoreChart {

    private static final Map<Instrument, String> LINE = Map.of(Instrument.PHQ9, "solid", Instrument.GAD7, "dashed");
    private static final Map<Instrument, String> SYMBOL = Map.of(Instrument.PHQ9, "circle", Instrument.GAD7, "triangle");

    private ScoreChart() {
    }

    public static Map<String, Object> option(List<Score> scores, EpisodeOutcome outcome) {
        List<Object> series = new ArrayList<>();
        for (Instrument instrument : Instrument.values()) {
            series.add(series(instrument, scores, measure(outcome, instrument)));
        }
        return Map.of(
                "aria", Map.of("enabled", true, "label", Map.of("description", ScoreSummary.of(scores, outcome))),
                // points carry London wall-clock time written as UTC, so axis and tooltip read London time (H07)
                "useUTC", true,
                "legend", Map.of("top", 0),
                "tooltip", Map.of("trigger", "axis"),
                "grid", Map.of("containLabel", true, "left", 8, "right", 24, "bottom", 8, "top", 40),
                "xAxis", Map.of("type", "time", "name", "Answered"),
                "yAxis", Map.of("type", "value", "name", "Total score", "min", 0,
                        "max", Instrument.PHQ9.maxTotal(), "interval", 3),
                "series", series);
    }

    static MeasureSummary measure(EpisodeOutcome outcome, Instrument instrument) {
        return instrument == Instrument.PHQ9 ? outcome.phq9() : outcome.gad7();
    }

    /** "Reliable improvement", "Reliable deterioration", or {@code null} when the change is not reliable. */
    static String reliableChange(Instrument instrument, MeasureSummary measure) {
        if (measure == null || measure.change() == null) {
            return null;
        }
        if (-measure.change() >= instrument.reliableChange()) {
            return "Reliable improvement";
        }
        return measure.change() >= instrument.reliableChange() ? "Reliable deterioration" : null;
    }

    private static Map<String, Object> series(Instrument instrument, List<Score> scores, MeasureSummary measure) {
        String name = ChartText.instrument(instrument);
        List<Score> points = scores.stream().filter(s -> s.instrument() == instrument)
                .sorted(Comparator.comparing(Score::occurredAt)).toList();
        List<List<Object>> data = points.stream().map(s -> List.<Object>of(londonMillis(s.occurredAt()), s.total()))
                .toList();
        String caseness = name + " caseness (" + instrument.casenessThreshold() + ")";
        Map<String, Object> series = new HashMap<>(Map.of("type", "line", "name", name, "data", data,
                "symbol", SYMBOL.get(instrument), "symbolSize", 8, "showSymbol", true,
                "lineStyle", Map.of("type", LINE.get(instrument)),
                "markLine", Map.of("symbol", "none", "silent", true, "data", List.of(Map.of(
                        "name", caseness, "yAxis", instrument.casenessThreshold(),
                        "lineStyle", Map.of("type", "dotted"),
                        "label", Map.of("formatter", caseness,
                                "position", instrument == Instrument.PHQ9 ? "insideEndTop" : "insideStartBottom"))))));
        String reliable = reliableChange(instrument, measure);
        if (reliable != null && !points.isEmpty()) {
            Score latest = points.getLast();
            series.put("markPoint", Map.of("symbol", "pin", "symbolSize", 44, "data", List.of(Map.of(
                    "name", reliable, "coord", List.of(londonMillis(latest.occurredAt()), measure.latest()),
                    "label", Map.of("formatter", reliable, "position", "top")))));
        }
        return series;
    }

    /** The London wall-clock time of an instant, as epoch millis of that wall-clock time in UTC. */
    static long londonMillis(Instant instant) {
        return instant.atZone(DisplayTime.ZONE).toLocalDateTime().toInstant(java.time.ZoneOffset.UTC).toEpochMilli();
    }
}
