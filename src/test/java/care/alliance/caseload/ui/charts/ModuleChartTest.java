package care.alliance.caseload.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.jayway.jsonpath.DocumentContext;

import care.alliance.caseload.PlannedModule;

class ModuleChartTest {

    private final List<PlannedModule> plan = PlannedModule.against(new LinkedHashMap<>(Map.of(
            "PSYCHOEDUCATION", 100, "BEHAVIOURAL_ACTIVATION", 100, "COGNITIVE_RESTRUCTURING", 50,
            "PHYSICAL_EXERCISE", 75)));

    @Test
    void thePlanIsTheFourCoreModulesInOrderThenOthersWithProgress() {
        assertThat(plan).extracting(PlannedModule::code).containsExactly("PSYCHOEDUCATION", "BEHAVIOURAL_ACTIVATION",
                "COGNITIVE_RESTRUCTURING", "RELAPSE_PREVENTION", "PHYSICAL_EXERCISE");
        assertThat(plan).extracting(PlannedModule::core).containsExactly(true, true, true, true, false);
    }

    @Test
    void H14_barsRunFromZeroToAHundredAndANotStartedModuleIsAZeroWithALabel() {
        DocumentContext json = ChartJson.of(ModuleChart.option(plan));

        assertThat(json.<List<String>>read("$.yAxis.data")).containsExactly("Psychoeducation", "Behavioural activation",
                "Cognitive restructuring", "Relapse prevention", "Physical exercise");
        assertThat(json.<List<Integer>>read("$.series[0].data[*].value")).containsExactly(100, 100, 50, 0, 75);
        assertThat(json.<List<String>>read("$.series[0].data[*].label.formatter"))
                .containsExactly("100 %", "100 %", "50 %", "not started", "75 %");
        assertThat(json.<Integer>read("$.xAxis.min")).isZero();
        assertThat(json.<Integer>read("$.xAxis.max")).isEqualTo(100);
        assertThat(json.<String>read("$.xAxis.name")).isEqualTo("% complete");
    }

    @Test
    void H14_theSummaryCountsCompleteCoreModulesAndNamesTheRest() {
        assertThat(ModuleChart.summary(plan)).isEqualTo("2 of 4 core modules complete; Cognitive restructuring 50 %, "
                + "Relapse prevention not started. Other modules: Physical exercise 75 %.");
        assertThat(ModuleChart.summary(PlannedModule.against(Map.of()))).isEqualTo("0 of 4 core modules complete; "
                + "Psychoeducation not started, Behavioural activation not started, Cognitive restructuring not started, "
                + "Relapse prevention not started.");
    }
}
