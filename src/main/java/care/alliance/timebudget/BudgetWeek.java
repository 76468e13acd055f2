package care.alliance.timebudget;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One PWP's week: planned load against capacity. {@code byKind} is what drives the load, in minutes
 * (estimates included); {@code estimatedMinutes} is the part that is the service's expected review
 * work rather than booked or recorded time. {@code hours} is 167 or 169 in a clock-change week.
 */
public record BudgetWeek(long pwpId, LocalDate monday, long hours, Capacity capacity, int contacts,
        Map<TimeKind, Integer> byKind, int estimatedMinutes) {

    public BudgetWeek {
        Map<TimeKind, Integer> ordered = new EnumMap<>(TimeKind.class);
        ordered.putAll(byKind);
        byKind = Collections.unmodifiableMap(ordered);
    }

    public int loadMinutes() {
        return byKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int minutes(TimeKind kind) {
        return byKind.getOrDefault(kind, 0);
    }

    /** Work a traditional caseload target does not count ({@link TimeKind#isUncounted()}). */
    public int uncountedMinutes() {
        return sum(true);
    }

    public int blendedMinutes() {
        return byKind.entrySet().stream().filter(e -> e.getKey().isBlended()).mapToInt(Map.Entry::getValue).sum();
    }

    public boolean overBudget() {
        return loadMinutes() > capacity.clinicalMinutes();
    }

    public boolean overBlendedReserve() {
        return blendedMinutes() > capacity.blendedReserveMinutes();
    }

    /** The kinds with minutes, largest first: "what's driving it". */
    public List<TimeKind> drivers() {
        return byKind.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<TimeKind, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    private int sum(boolean uncounted) {
        return byKind.entrySet().stream().filter(e -> e.getKey().isUncounted() == uncounted)
                .mapToInt(Map.Entry::getValue).sum();
    }
}
