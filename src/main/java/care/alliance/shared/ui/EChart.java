package care.alliance.shared.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one chart component: Apache ECharts loaded as a plain script from its webjar (no npm), fed
 * an option object built in Java. Always pair a chart with a text summary beside it (H14).
 */
public class EChart extends Div {

    /** Version-less path, resolved by webjars-locator-lite against the echarts webjar on the classpath. */
    static final String SCRIPT = "webjars/echarts/echarts.min.js";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RENDER = """
            const el = this, option = JSON.parse($0);
            (function draw(attempt) {
              if (window.echarts) {
                const chart = echarts.getInstanceByDom(el) || echarts.init(el);
                chart.setOption(option, true);
                if (!el.__allianceResize) {
                  // follows its box (layout settling, drawer toggles, window resizes), not only the window
                  el.__allianceResize = new ResizeObserver(() => chart.resize());
                  el.__allianceResize.observe(el);
                }
                el.setAttribute('data-rendered', 'true');
              } else if (attempt < 200) {
                setTimeout(() => draw(attempt + 1), 50);
              }
            })(0);""";

    private String optionJson = "{}";

    public EChart() {
        addClassName("alliance-chart");
        setWidthFull();
        setHeight("320px");
    }

    /** A labelled bar chart: categories on the x axis, one value each (zero is drawn, never skipped). */
    public void showBars(String yAxisName, List<String> categories, List<? extends Number> values) {
        setOption(Map.of(
                "aria", Map.of("enabled", true),
                "tooltip", Map.of("trigger", "axis"),
                "grid", Map.of("containLabel", true, "left", 8, "right", 8, "bottom", 8),
                "xAxis", Map.of("type", "category", "data", categories, "axisLabel", Map.of("interval", 0)),
                "yAxis", Map.of("type", "value", "name", yAxisName, "minInterval", 1),
                "series", List.of(Map.of("type", "bar", "name", yAxisName, "data", values,
                        "label", Map.of("show", true, "position", "top")))));
    }

    public void setOption(Map<String, ?> option) {
        this.optionJson = JSON.writeValueAsString(option);
        getElement().setAttribute("data-option", optionJson);
        if (isAttached()) {
            render();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addJavaScript(SCRIPT);
        render();
    }

    private void render() {
        getElement().executeJs(RENDER, optionJson);
    }
}
