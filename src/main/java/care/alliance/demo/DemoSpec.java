package care.alliance.demo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate. Every random choice derives from {@code seed} and every date from {@code today},
 * so the same spec always yields the same rows (the clock's time of day is deliberately not used).
 *
 * @param seed              root of all randomness
 * @param today             the reference date: past appointments end yesterday, bookings start tomorrow
 * @param pwps              number of PWPs; the first eight are the named demo PWPs
 * @param patientsPerPwp    mean caseload size (open and discharged episodes)
 * @param caseloadVariation caseloads vary by up to this fraction either side of the mean (0 = exact)
 * @param weeksOfActivity   length of the blended programme and of the history window, in weeks
 */
public record DemoSpec(long seed, LocalDate today, int pwps, int patientsPerPwp, double caseloadVariation,
        int weeksOfActivity) {

    /** Caseloads are three quarters open, so 64 ± 15% gives 40-60 open episodes per PWP. */
    static final int DEMO_PWPS = 8;
    static final int DEMO_CASELOAD = 64;

    public DemoSpec {
        Objects.requireNonNull(today, "today");
        if (pwps < 1 || patientsPerPwp < 10) {
            throw new IllegalArgumentException("need at least 1 PWP with at least 10 patients");
        }
        if (caseloadVariation < 0 || caseloadVariation > 0.5) {
            throw new IllegalArgumentException("caseloadVariation must be within 0..0.5");
        }
        if (weeksOfActivity < 4 || weeksOfActivity > 52) {
            throw new IllegalArgumentException("weeksOfActivity must be within 4..52");
        }
    }

    /** The demo service of profile {@code demo}: about 8 × 64 patients, 12 weeks of activity. */
    public static DemoSpec demoService(long seed, LocalDate today) {
        return new DemoSpec(seed, today, DEMO_PWPS, DEMO_CASELOAD, 0.15, 12);
    }

    /** A large service of (at least) {@code patients} patients in exact caseloads of 50. */
    public static DemoSpec largeService(long seed, LocalDate today, int patients) {
        int perPwp = 50;
        return new DemoSpec(seed, today, Math.max(1, (patients + perPwp - 1) / perPwp), perPwp, 0, 12);
    }

    DemoSpec withSeed(long otherSeed) {
        return new DemoSpec(otherSeed, today, pwps, patientsPerPwp, caseloadVariation, weeksOfActivity);
    }
}
