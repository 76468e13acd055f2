package care.alliance.caseload.ui.charts;

import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import care.alliance.shared.ui.EChart;

/** An option as the browser receives it: serialised by the chart component itself, read with JSONPath. */
final class ChartJson {

    private ChartJson() {
    }

    static DocumentContext of(Map<String, ?> option) {
        EChart chart = new EChart();
        chart.setOption(option);
        return JsonPath.parse(chart.getElement().getAttribute("data-option"));
    }
}
