package care.alliance.caseload.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import care.alliance.caseload.PlannedModule;

/**
 * Module progress against the plan as horizontal bars, 0–100 %, in plan order from the top. A module
 * not started is a zero-length bar labelled "not started", so it reads differently from one reported
 * at 0 % and never just disappears (H14).
 */
public final class ModuleChart {

    public static final String NOT_STARTED = "not started";

    private ModuleChart() {
    }

    public static Map<String, Object> option(List<PlannedModule> modules) {
        List<String> names = modules.stream().map(m -> ChartText.module(m.code())).toList();
        List<Map<String, Object>> bars = new ArrayList<>();
        for (PlannedModule module : modules) {
            bars.add(Map.of("value", module.started() ? module.percent() : 0,
                    "label", Map.of("show", true, "position", "right", "formatter", progress(module))));
        }
        return Map.of(
                "aria", Map.of("enabled", true, "label", Map.of("description", summary(modules))),
                "tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")),
                "grid", Map.of("containLabel", true, "left", 8, "right", 72, "bottom", 28),
                "xAxis", Map.of("type", "value", "name", "% complete", "nameLocation", "middle", "nameGap", 28,
                        "min", 0, "max", 100, "interval", 25),
                "yAxis", Map.of("type", "category", "data", names, "inverse", true),
                "series", List.of(Map.of("type", "bar", "name", "Progress", "data", bars, "barMaxWidth", 22)));
    }

    public static String summary(List<PlannedModule> modules) {
        List<PlannedModule> core = modules.stream().filter(PlannedModule::core).toList();
        long complete = core.stream().filter(PlannedModule::complete).count();
        StringBuilder text = new StringBuilder("%d of %d core modules complete".formatted(complete, core.size()));
        String open = describe(core.stream().filter(m -> !m.complete()).toList());
        if (!open.isEmpty()) {
            text.append("; ").append(open);
        }
        String others = describe(modules.stream().filter(m -> !m.core()).toList());
        if (!others.isEmpty()) {
            text.append(". Other modules: ").append(others);
        }
        return text.append('.').toString();
    }

    /** "75 %", "not started". */
    static String progress(PlannedModule module) {
        return module.started() ? module.percent() + " %" : NOT_STARTED;
    }

    private static String describe(List<PlannedModule> modules) {
        return modules.stream().map(m -> ChartText.module(m.code()) + " " + progress(m))
                .collect(Collectors.joining(", "));
    }
}
