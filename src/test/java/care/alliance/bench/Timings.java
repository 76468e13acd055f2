package care.alliance.bench;

import static care.alliance.bench.BenchmarkDataSet.report;

import java.util.Arrays;
import java.util.function.LongSupplier;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.BrowserlessUserContext;
import com.vaadin.flow.component.Component;

/** How the page benchmarks time a call and build a view, so their figures mean the same thing. */
final class Timings {

    static final int RUNS = Integer.getInteger("bench.runs", 200);

    private Timings() {
    }

    /** 20 warm-up calls, then {@link #RUNS} timed ones; reports p50, p95 and max. */
    static void time(String what, LongSupplier run) {
        for (int i = 0; i < 20; i++) {
            run.getAsLong();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            run.getAsLong();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        report("%-48s p50 %6.1f ms   p95 %6.1f ms   max %6.1f ms   (%d runs)", what, nanos[RUNS / 2] / 1e6,
                nanos[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6, nanos[RUNS - 1] / 1e6, RUNS);
    }

    /**
     * Builds the view at {@code location} in a fresh window: a real open builds a new UI, and navigating
     * a window to the location it already shows would not rebuild the view at all.
     */
    static long open(BrowserlessUserContext session, String location) {
        BrowserlessUIContext window = session.newWindow();
        window.navigate(location, Component.class);
        window.roundTrip();
        window.close();
        return 1;
    }
}
