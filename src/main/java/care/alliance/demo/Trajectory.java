package care.alliance.demo;

import static care.alliance.demo.DemoTime.between;

import java.util.SplittableRandom;

/**
 * How a patient's depression and anxiety move over the programme: mostly improving, some flat,
 * a few deteriorating, so the outcome views and the supervision list all have cases to show.
 * Mood ratings follow the same curve, so the mood chart and the questionnaires tell one story.
 * PHQ-9 totals exclude item 9 (at most 24): item 9 is set deliberately, never by chance.
 */
record Trajectory(int phqStart, int phqEnd, int gadStart, int gadEnd) {

    static final int PHQ_WITHOUT_ITEM_9 = 24;
    static final int GAD_MAX = 21;

    static Trajectory draw(SplittableRandom r) {
        int phq = r.nextDouble() < 0.88 ? between(r, 10, 22) : between(r, 5, 9); // most start at caseness
        int gad = between(r, 5, 17);
        double roll = r.nextDouble();
        if (roll < 0.65) {
            return new Trajectory(phq, Math.max(1, phq - between(r, 6, 12)), gad, Math.max(1, gad - between(r, 4, 8)));
        }
        if (roll < 0.9) {
            return new Trajectory(phq, phq + between(r, -3, 2), gad, gad + between(r, -2, 2));
        }
        return deteriorating(r, phq, gad);
    }

    static Trajectory deteriorating(SplittableRandom r, int phq, int gad) {
        return new Trajectory(phq, phq + between(r, 6, 9), gad, gad + between(r, 4, 6));
    }

    /** PHQ-9 total without item 9 at {@code progress} (0 = assessment, 1 = end of the programme). */
    int phq(double progress, SplittableRandom r) {
        return clamp(Math.round(lerp(phqStart, phqEnd, progress)) + between(r, -2, 2), PHQ_WITHOUT_ITEM_9);
    }

    int gad(double progress, SplittableRandom r) {
        return clamp(Math.round(lerp(gadStart, gadEnd, progress)) + between(r, -2, 2), GAD_MAX);
    }

    /** A daily mood rating 1-10: about 9 when PHQ-9 is near 0, about 2 when it is severe. */
    int mood(double progress, SplittableRandom r) {
        double expected = 9.0 - lerp(phqStart, phqEnd, progress) / 3.3;
        return (int) Math.max(1, Math.min(10, Math.round(expected + r.nextDouble(-1.5, 1.5))));
    }

    private static double lerp(int from, int to, double progress) {
        return from + (to - from) * Math.max(0, Math.min(1, progress));
    }

    private static int clamp(long value, int max) {
        return (int) Math.max(0, Math.min(max, value));
    }
}
