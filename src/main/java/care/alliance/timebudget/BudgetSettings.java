package care.alliance.timebudget;

/**
 * A service's time-budget settings: the expected review work the plan counts (minutes per online
 * review, minutes per digest read) and the capacity of a PWP who has none of their own. Defaults
 * (issue #7): 15 minutes per online review, 5 per digest, 20 contacts a week; 22.5 clinical hours
 * (a full-time 37.5-hour week at 60% clinical) with a fifth of it reserved for blended work.
 */
public record BudgetSettings(int reviewMinutes, int digestMinutes, Capacity defaultCapacity) {

    public static final BudgetSettings DEFAULTS = new BudgetSettings(15, 5, new Capacity(1350, 20, 20));

    public BudgetSettings {
        if (reviewMinutes < 1 || reviewMinutes > 120) {
            throw new IllegalArgumentException("Minutes per online review must be between 1 and 120.");
        }
        if (digestMinutes < 0 || digestMinutes > 60) {
            throw new IllegalArgumentException("Minutes per digest must be between 0 and 60.");
        }
        if (defaultCapacity == null) {
            throw new IllegalArgumentException("Set the default capacity.");
        }
    }
}
