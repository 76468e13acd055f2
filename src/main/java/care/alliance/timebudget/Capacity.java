package care.alliance.timebudget;

/**
 * A PWP's weekly capacity: contracted clinical minutes, the contact target (clinical.md §4: about 20
 * a week) and the percentage of the clinical minutes reserved for blended work (online reviews,
 * messages, digest reading).
 */
public record Capacity(int clinicalMinutes, int contactTarget, int blendedPercent) {

    public Capacity {
        if (clinicalMinutes < 0 || clinicalMinutes > 3600) {
            throw new IllegalArgumentException("Contracted clinical time must be between 0 and 60 hours a week.");
        }
        if (contactTarget < 0 || contactTarget > 60) {
            throw new IllegalArgumentException("The contact target must be between 0 and 60 a week.");
        }
        if (blendedPercent < 0 || blendedPercent > 100) {
            throw new IllegalArgumentException("The blended share must be between 0 and 100 percent.");
        }
    }

    public int blendedReserveMinutes() {
        return clinicalMinutes * blendedPercent / 100;
    }
}
