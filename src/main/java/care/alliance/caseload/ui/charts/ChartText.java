package care.alliance.caseload.ui.charts;

import java.time.LocalDate;
import java.util.Locale;

import care.alliance.outcomes.Instrument;
import care.alliance.outcomes.Severity;
import care.alliance.shared.ui.DisplayText;
import care.alliance.shared.ui.DisplayTime;

/** The words and numbers charts and their summaries share, so a chart and its text never disagree. */
public final class ChartText {


    private ChartText() {
    }

    public static String instrument(Instrument instrument) {
        return switch (instrument) {
            case PHQ9 -> "PHQ-9";
            case GAD7 -> "GAD-7";
        };
    }

    /** "moderately severe", as clinical.md names the bands. */
    public static String severity(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** "Tue 10 Nov": the charts span weeks, never years, so the year would only crowd the axis. */
    public static String day(LocalDate day) {
        return DisplayTime.day(day);
    }

    /** One decimal, without a trailing ".0": "4.5", "4". */
    public static String number(double value) {
        double rounded = round(value);
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.format(Locale.UK, "%.1f", rounded);
    }

    public static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** "BEHAVIOURAL_ACTIVATION" reads "Behavioural activation"; unknown service modules read the same way. */
    public static String module(String code) {
        return DisplayText.code(code);
    }

    public static String signed(int change) {
        return DisplayText.signed(change);
    }
}
