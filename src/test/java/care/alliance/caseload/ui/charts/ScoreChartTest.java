package care.alliance.caseload.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.jayway.jsonpath.DocumentContext;

import care.alliance.outcomes.EpisodeFacts;
import care.alliance.outcomes.EpisodeOutcome;
import care.alliance.outcomes.Instrument;
import care.alliance.outcomes.OutcomeRules;
import care.alliance.outcomes.Score;

class ScoreChartTest {

    @Test
    void H14_eachMeasureHasALabelledCasenessLineAtItsThreshold() {
        DocumentContext json = chart(List.of(phq("2026-10-01T09:00:00Z", 14), gad("2026-10-01T09:04:00Z", 9)));

        assertThat(json.<Integer>read("$.series[0].markLine.data[0].yAxis")).isEqualTo(Instrument.PHQ9.casenessThreshold());
        assertThat(json.<String>read("$.series[0].markLine.data[0].label.formatter")).isEqualTo("PHQ-9 caseness (10)");
        assertThat(json.<Integer>read("$.series[1].markLine.data[0].yAxis")).isEqualTo(Instrument.GAD7.casenessThreshold());
        assertThat(json.<String>read("$.series[1].markLine.data[0].label.formatter")).isEqualTo("GAD-7 caseness (8)");
        assertThat(json.<String>read("$.xAxis.type")).isEqualTo("time");
        assertThat(json.<String>read("$.series[1].lineStyle.type")).isNotEqualTo(json.read("$.series[0].lineStyle.type"));
    }

    @Test
    void H14_aReliableDeteriorationIsMarkedInWordsOnTheLatestPoint() {
        List<Score> scores = List.of(phq("2026-10-01T09:00:00Z", 14), phq("2026-10-15T09:00:00Z", 17),
                phq("2026-11-20T09:00:00Z", 20), gad("2026-10-01T09:04:00Z", 10), gad("2026-11-20T09:04:00Z", 13));
        DocumentContext json = chart(scores);

        assertThat(json.<List<List<Number>>>read("$.series[0].data")).hasSize(3);
        assertThat(json.<String>read("$.series[0].markPoint.data[0].label.formatter")).isEqualTo("Reliable deterioration");
        assertThat(json.<List<Number>>read("$.series[0].markPoint.data[0].coord")).containsExactly(
                ScoreChart.londonMillis(Instant.parse("2026-11-20T09:00:00Z")), 20);
        assertThat(json.<Object>read("$.series[1]")).asString().doesNotContain("markPoint"); // +3 is not reliable for GAD-7
        assertThat(ScoreSummary.of(scores, outcome(scores))).isEqualTo(
                "PHQ-9: 14 (moderate) on Thu 1 Oct → 20 (severe) on Fri 20 Nov, change +6 (reliable deterioration)."
                        + " GAD-7: 10 (moderate) on Thu 1 Oct → 13 (moderate) on Fri 20 Nov, change +3."
                        + " Verdict: reliable deterioration.");
    }

    @Test
    void aReliableImprovementIsMarkedAndAChangeOneShortOfItIsNot() {
        DocumentContext improved = chart(List.of(gad("2026-10-01T09:00:00Z", 12), gad("2026-11-01T09:00:00Z", 8)));
        assertThat(improved.<String>read("$.series[1].markPoint.data[0].label.formatter")).isEqualTo("Reliable improvement");
        DocumentContext almost = chart(List.of(phq("2026-10-01T09:00:00Z", 15), phq("2026-11-01T09:00:00Z", 10)));
        assertThat(almost.<Object>read("$.series[0]")).asString().doesNotContain("markPoint");
    }

    @Test
    void H05_scoresDeliveredOutOfOrderDrawTheSameChart() {
        List<Score> inOrder = List.of(phq("2026-10-01T09:00:00Z", 20), phq("2026-10-20T09:00:00Z", 15),
                phq("2026-11-10T09:00:00Z", 9));
        List<Score> shuffled = new ArrayList<>(inOrder);
        Collections.reverse(shuffled);
        assertThat(chart(shuffled).jsonString()).isEqualTo(chart(inOrder).jsonString());
    }

    @Test
    void H07_timesAreDrawnInLondonTime() {
        // 09:00 UTC in July is 10:00 in London; the chart runs in UTC mode on London wall-clock values
        assertThat(ScoreChart.londonMillis(Instant.parse("2026-07-01T09:00:00Z")))
                .isEqualTo(Instant.parse("2026-07-01T10:00:00Z").toEpochMilli());
        assertThat(chart(List.of(phq("2026-07-01T09:00:00Z", 9))).<Boolean>read("$.useUTC")).isTrue();
    }

    @Test
    void oneScoreCannotBeJudgedAndNoScoresIsSaidSo() {
        List<Score> one = List.of(phq("2026-11-02T10:00:00Z", 16));
        assertThat(ScoreSummary.of(one, outcome(one))).isEqualTo(
                "PHQ-9: one score, 16 (moderately severe) on Mon 2 Nov 2026, 10:00. " + ScoreSummary.ONE_SCORE);
        assertThat(ScoreSummary.of(List.of(), outcome(List.of()))).isEqualTo("No PHQ-9 or GAD-7 scores in this episode yet.");
    }

    @Test
    void theMixedCaseIsNoReliableChangeAsTheRulesSay() {
        List<Score> mixed = List.of(phq("2026-10-01T09:00:00Z", 20), phq("2026-11-01T09:00:00Z", 12),
                gad("2026-10-01T09:00:00Z", 6), gad("2026-11-01T09:00:00Z", 12));
        assertThat(ScoreSummary.of(mixed, outcome(mixed))).endsWith("Verdict: no reliable change.");
    }

    private static DocumentContext chart(List<Score> scores) {
        return ChartJson.of(ScoreChart.option(scores, outcome(scores)));
    }

    private static EpisodeOutcome outcome(List<Score> scores) {
        return OutcomeRules.evaluate(new EpisodeFacts(scores, 2, false));
    }

    private static Score phq(String at, int total) {
        return new Score(Instrument.PHQ9, Instant.parse(at), total);
    }

    private static Score gad(String at, int total) {
        return new Score(Instrument.GAD7, Instant.parse(at), total);
    }
}
