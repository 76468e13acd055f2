package care.alliance.navigator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import care.alliance.shared.ui.DisplayText;
import care.alliance.shared.ui.DisplayTime;

/**
 * The generated part of a data summary (clinical.md §5): engagement, adherence, data quality and open
 * technical problems over whole days {@code from}..{@code to} in the service's zone (H07). Frozen into
 * the summary at publish time, so it is stored as JSON and must keep parsing: problems are kept as the
 * stored codes, not enums, so a renamed constant cannot make an old summary unreadable. H01: nothing
 * clinical is here (no flag, note or questionnaire), the navigator's summary is about the app's use.
 *
 * @param activeDays  days with any app activity: a successful login, a mood rating, module progress, a
 *                    diary entry, a message, or a notification opened or dismissed
 * @param silentDays  days on which reminders were scheduled and none was delivered, opened or dismissed
 * @param duplicateDeliveries deliveries of a notification already delivered, or of the same kind within
 *                    {@link DataSummaries#DUPLICATE_WITHIN} of the previous one
 */
public record DataSummaryFacts(LocalDate from, LocalDate to, int days, int successfulLogins, int activeDays,
        Instant lastLogin, int moodDaysRated, int modulesProgressed, int activitiesPlanned, int activitiesCompleted,
        int silentDays, int duplicateDeliveries, int failedLogins, List<OpenProblem> openProblems) {

    public DataSummaryFacts {
        openProblems = openProblems == null ? List.of() : List.copyOf(openProblems);
    }

    /** An unresolved technical issue: {@link TechnicalIssueCategory} and {@link IssueStatus} codes. */
    public record OpenProblem(String category, String status) {
    }

    /** The facts in words, one sentence per heading, as the navigator and the PWP read them. */
    public List<String> sentences() {
        List<String> lines = new ArrayList<>();
        lines.add("Engagement: " + count(successfulLogins, "successful login") + "; active in the app on "
                + activeDays + " of " + days + " days; last login "
                + (lastLogin == null ? "never" : DisplayTime.dateTime(lastLogin)) + ".");
        lines.add("Adherence: mood rated on " + moodDaysRated + " of " + days + " days; "
                + count(modulesProgressed, "module") + " progressed; " + (activitiesPlanned == 0
                        ? "no activities planned" : activitiesCompleted + " of " + activitiesPlanned
                                + " planned activities done") + ".");
        lines.add("Data quality: " + count(silentDays, "silent day") + " (reminders scheduled, none delivered); "
                + count(duplicateDeliveries, "duplicate delivery", "duplicate deliveries") + "; "
                + count(failedLogins, "failed login") + ".");
        lines.add(openProblems.isEmpty() ? "Open technical problems: none."
                : "Open technical problems: " + openProblems.stream()
                        .map(problem -> category(problem.category()) + " (" + status(problem.status()) + ")")
                        .collect(Collectors.joining("; ")) + ".");
        return lines;
    }

    /** The period and the sentences on one line, for the digest. */
    public String oneLine() {
        return "Last " + days + " days (" + DisplayTime.period(from, to) + "). " + String.join(" ", sentences());
    }

    private static String count(int n, String one) {
        return count(n, one, one + "s");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String category(String code) {
        try {
            return TechnicalIssueCategory.valueOf(code).label();
        } catch (IllegalArgumentException unknownInAnOldSummary) {
            return DisplayText.code(code);
        }
    }

    private static String status(String code) {
        try {
            return IssueStatus.valueOf(code).label().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException unknownInAnOldSummary) {
            return DisplayText.code(code).toLowerCase(Locale.ROOT);
        }
    }
}
