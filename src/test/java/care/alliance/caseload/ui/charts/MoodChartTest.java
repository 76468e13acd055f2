package care.alliance.caseload.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.jayway.jsonpath.DocumentContext;

import care.alliance.caseload.DailyMood;
import care.alliance.programme.MoodHistory.MoodRating;

class MoodChartTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final DailyMood mood = DailyMood.of(List.of(new MoodRating(Instant.parse("2026-11-23T20:01:00Z"), 6),
            new MoodRating(Instant.parse("2026-11-21T19:00:00Z"), 2), new MoodRating(Instant.parse("2026-11-21T09:00:00Z"), 3)),
            TODAY, 28, ZoneId.of("Europe/London"));

    @Test
    void H14_daysWithoutARatingAreNullsAndTheLineNeverBridgesThem() {
        DocumentContext json = ChartJson.of(MoodChart.option(mood));

        List<Object> data = json.read("$.series[0].data");
        assertThat(data).hasSize(28);
        assertThat(data.subList(0, 25)).containsOnlyNulls();
        assertThat(data.subList(25, 28)).containsExactly(2.5, null, 6.0);
        assertThat(json.<Boolean>read("$.series[0].connectNulls")).isFalse();
        assertThat(json.<Boolean>read("$.series[0].showSymbol")).isTrue();
        assertThat(json.<List<String>>read("$.xAxis.data")).startsWith("Tue 27 Oct").endsWith("Mon 23 Nov");
    }

    @Test
    void H14_theMoodAxisIsLabelledAndRunsFromOneToTen() {
        DocumentContext json = ChartJson.of(MoodChart.option(mood));
        assertThat(json.<String>read("$.yAxis.name")).isEqualTo("Mood (1–10)");
        assertThat(json.<Integer>read("$.yAxis.min")).isEqualTo(1);
        assertThat(json.<Integer>read("$.yAxis.max")).isEqualTo(10);
        assertThat(json.<String>read("$.aria.label.description")).isEqualTo(MoodChart.summary(mood));
    }

    @Test
    void H14_theSummarySaysAdherenceMeanLowestAndLatest() {
        assertThat(MoodChart.summary(mood)).isEqualTo("Mood, last 28 days: rated on 2 of 28 days; mean 4.3; "
                + "lowest 2.5 on Sat 21 Nov; latest 6 on Mon 23 Nov 2026, 20:01.");
    }

    @Test
    void noRatingsIsSaidInWordsAndTheChartIsAllGaps() {
        DailyMood none = DailyMood.of(List.of(), TODAY, 28, ZoneId.of("Europe/London"));
        assertThat(MoodChart.summary(none)).isEqualTo("Mood, last 28 days: no ratings.");
        assertThat(ChartJson.of(MoodChart.option(none)).<List<Object>>read("$.series[0].data")).hasSize(28).containsOnlyNulls();
    }
}
