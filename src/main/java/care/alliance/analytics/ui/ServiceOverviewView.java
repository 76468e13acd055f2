package care.alliance.analytics.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import care.alliance.patients.EpisodeStage;
import care.alliance.patients.PatientService;
import care.alliance.shared.ui.EChart;

/** The manager's landing page: where episodes sit in the flow, as a chart with its text summary. */
@Route("service")
@PageTitle("Service overview · Alliance")
@Menu(title = "Service overview", order = 30, icon = "vaadin:chart")
@RolesAllowed("MANAGER")
class ServiceOverviewView extends VerticalLayout {

    ServiceOverviewView(PatientService patients) {
        Map<EpisodeStage, Long> counts = patients.stageCountsForMyService();
        List<EpisodeStage> stages = Arrays.asList(EpisodeStage.values());
        List<Long> values = stages.stream().map(s -> counts.getOrDefault(s, 0L)).toList();
        EChart chart = new EChart();
        chart.setId("stage-chart");
        chart.showBars("Episodes", stages.stream().map(EpisodeStage::label).toList(), values);
        Paragraph summary = new Paragraph("Episodes by stage: " + stages.stream()
                .map(s -> s.label() + " " + counts.getOrDefault(s, 0L)).collect(Collectors.joining(", ")) + ".");
        summary.setId("stage-summary");
        add(new H2("Service overview"), summary, chart);
    }
}
