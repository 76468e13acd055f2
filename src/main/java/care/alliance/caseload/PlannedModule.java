package care.alliance.caseload;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import care.alliance.programme.ProgrammeModules;

/**
 * One module of the patient's plan with how far the patient has got in it.
 *
 * @param percent the highest percent reported, {@code null} when the patient has not started it
 * @param core    one of the four core elements of low-intensity CBT (clinical.md §4)
 */
public record PlannedModule(String code, Integer percent, boolean core) {

    public static final int COMPLETE = 100;

    /**
     * The plan is the four core modules in the programme's order, then any other module the patient
     * has progress in. A per-patient plan (order, number, extra modules) comes in a later issue and
     * replaces the core list here; the page draws whatever this returns.
     */
    public static List<PlannedModule> against(Map<String, Integer> furthest) {
        List<PlannedModule> plan = new ArrayList<>();
        for (String code : ProgrammeModules.MANDATORY) {
            plan.add(new PlannedModule(code, furthest.get(code), true));
        }
        furthest.keySet().stream().filter(code -> !ProgrammeModules.MANDATORY.contains(code)).sorted()
                .forEach(code -> plan.add(new PlannedModule(code, furthest.get(code), false)));
        return List.copyOf(plan);
    }

    public boolean started() {
        return percent != null;
    }

    public boolean complete() {
        return percent != null && percent >= COMPLETE;
    }
}
