package care.alliance.navigator;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The numbers the detection rules of clinical.md §5 use for one service. {@link #DEFAULTS} are the
 * clinical defaults; an administrator may set others per service ({@link DetectionSettings}).
 */
public record DetectionThresholds(int noMoodDays, int noLoginDays, int failedLogins, int excessFactor,
        int duplicateMinutes, int missingDays, int stuckModuleDays) {

    public static final DetectionThresholds DEFAULTS = new DetectionThresholds(3, 7, 3, 2, 5, 2, 14);

    /** One threshold: what staff read, and the range that keeps a rule meaningful (no storms, no silence). */
    public enum Setting {
        NO_MOOD_DAYS("No mood rating for (days)", 1, 30),
        NO_LOGIN_DAYS("No login for (days)", 1, 60),
        FAILED_LOGINS("Failed logins in 24 hours", 2, 20),
        EXCESS_FACTOR("Notifications delivered: more than × the schedule", 2, 10),
        DUPLICATE_MINUTES("Duplicate notifications within (minutes)", 1, 60),
        MISSING_DAYS("Scheduled notifications not delivered for (days)", 1, 14),
        STUCK_MODULE_DAYS("Module without progress for (days)", 3, 90);

        private final String label;
        private final int min;
        private final int max;

        Setting(String label, int min, int max) {
            this.label = label;
            this.min = min;
            this.max = max;
        }

        public String label() {
            return label;
        }

        public int min() {
            return min;
        }

        public int max() {
            return max;
        }

        public int of(DetectionThresholds thresholds) {
            return switch (this) {
                case NO_MOOD_DAYS -> thresholds.noMoodDays();
                case NO_LOGIN_DAYS -> thresholds.noLoginDays();
                case FAILED_LOGINS -> thresholds.failedLogins();
                case EXCESS_FACTOR -> thresholds.excessFactor();
                case DUPLICATE_MINUTES -> thresholds.duplicateMinutes();
                case MISSING_DAYS -> thresholds.missingDays();
                case STUCK_MODULE_DAYS -> thresholds.stuckModuleDays();
            };
        }
    }

    /**
     * Thresholds from an edit form; a missing or out-of-range value is refused with a message per setting.
     *
     * @throws InvalidThresholds naming every setting that is wrong
     */
    public static DetectionThresholds of(Map<Setting, Integer> values) {
        Map<Setting, String> problems = new LinkedHashMap<>();
        Map<Setting, Integer> valid = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            Integer value = values.get(setting);
            if (value == null || value < setting.min() || value > setting.max()) {
                problems.put(setting, "Enter a whole number from " + setting.min() + " to " + setting.max() + ".");
            } else {
                valid.put(setting, value);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidThresholds(problems);
        }
        return new DetectionThresholds(valid.get(Setting.NO_MOOD_DAYS), valid.get(Setting.NO_LOGIN_DAYS),
                valid.get(Setting.FAILED_LOGINS), valid.get(Setting.EXCESS_FACTOR),
                valid.get(Setting.DUPLICATE_MINUTES), valid.get(Setting.MISSING_DAYS),
                valid.get(Setting.STUCK_MODULE_DAYS));
    }

    /** The same thresholds, checked against every setting's range (a record can be built with anything). */
    public DetectionThresholds validated() {
        Map<Setting, Integer> values = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            values.put(setting, setting.of(this));
        }
        return of(values);
    }

    /** For the audit trail: "setting=value" for every setting that differs from {@code before}. */
    public String changesFrom(DetectionThresholds before) {
        StringBuilder changes = new StringBuilder();
        for (Setting setting : Setting.values()) {
            if (setting.of(before) != setting.of(this)) {
                changes.append(changes.isEmpty() ? "" : ", ").append(setting.name().toLowerCase())
                        .append(' ').append(setting.of(before)).append("->").append(setting.of(this));
            }
        }
        return changes.isEmpty() ? "no change" : changes.toString();
    }

    /** Refused thresholds; nothing was stored. */
    public static final class InvalidThresholds extends IllegalArgumentException {

        private final transient Map<Setting, String> problems;

        InvalidThresholds(Map<Setting, String> problems) {
            super(problems.size() == 1 ? problems.values().iterator().next()
                    : problems.size() + " thresholds are out of range.");
            this.problems = Map.copyOf(problems);
        }

        public Map<Setting, String> problems() {
            return problems;
        }
    }
}
