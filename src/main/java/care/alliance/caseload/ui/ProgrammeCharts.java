package care.alliance.caseload.ui;

import com.vaadin.flow.component.html.Div;

import care.alliance.caseload.PatientPage;
import care.alliance.caseload.PatientPageContent;
import care.alliance.caseload.ui.charts.ModuleChart;
import care.alliance.caseload.ui.charts.MoodChart;
import care.alliance.caseload.ui.charts.ScoreChart;
import care.alliance.caseload.ui.charts.ScoreSummary;
import care.alliance.shared.ui.SummarisedChart;

/** Mood, questionnaires and modules side by side, each chart with its words (H14). */
class ProgrammeCharts extends Div {

    private final SummarisedChart mood = new SummarisedChart("Daily mood, last " + PatientPage.MOOD_DAYS + " days", "mood");
    private final SummarisedChart scores = new SummarisedChart("PHQ-9 and GAD-7 this episode", "scores");
    private final SummarisedChart modules = new SummarisedChart("Programme modules", "modules");

    ProgrammeCharts() {
        addClassName("alliance-chart-grid");
        add(mood, scores, modules);
    }

    void show(PatientPageContent content) {
        mood.show(MoodChart.option(content.mood()), MoodChart.summary(content.mood()));
        scores.show(ScoreChart.option(content.scores(), content.outcome()),
                ScoreSummary.of(content.scores(), content.outcome()));
        modules.show(ModuleChart.option(content.modules()), ModuleChart.summary(content.modules()));
    }
}
