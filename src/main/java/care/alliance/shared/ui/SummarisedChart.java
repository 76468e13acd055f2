package care.alliance.shared.ui;

import java.util.Map;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A chart that cannot be shown without its words (H14): a heading, the text summary, then the chart,
 * which carries the same summary as its accessible name (the canvas itself says nothing to a screen reader).
 */
public class SummarisedChart extends VerticalLayout {

    private final EChart chart = new EChart();
    private final Paragraph summary = new Paragraph();

    /** Ids: {@code <id>-chart} for the chart, {@code <id>-summary} for its text. */
    public SummarisedChart(String title, String id) {
        setId(id);
        setPadding(false);
        chart.setId(id + "-chart");
        chart.getElement().setAttribute("role", "img");
        summary.setId(id + "-summary");
        summary.addClassName("alliance-chart-summary");
        add(new H3(title), summary, chart);
    }

    public void show(Map<String, ?> option, String text) {
        summary.setText(text);
        chart.getElement().setAttribute("aria-label", text);
        chart.setOption(option);
    }

    public EChart chart() {
        return chart;
    }

    public String summaryText() {
        return summary.getText();
    }
}
