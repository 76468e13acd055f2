package care.alliance.caseload.internal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import care.alliance.caseload.CaseloadSort;
import care.alliance.caseload.SupervisionService;
import care.alliance.outcomes.LiveStatus;
import care.alliance.patients.EpisodeStage;

/**
 * The caseload statement: one row per open episode of a PWP, every figure a correlated subquery on
 * the patient's index (no query per row), wrapped so filters and order work on the computed columns.
 * Only fixed text and named parameters go in; sort keys map through {@link #ORDER_BY}, a whitelist.
 */
final class CaseloadSql {

    /** Most concerning first, so sorting by status ascending puts the supervision cases on top. */
    static final List<LiveStatus> CONCERN_ORDER = List.of(LiveStatus.RELIABLY_DETERIORATED,
            LiveStatus.NOT_IMPROVING_BY_SESSION_4, LiveStatus.NO_RELIABLE_CHANGE, LiveStatus.INSUFFICIENT_DATA,
            LiveStatus.ON_TRACK);
    /** "Needs attention" includes exactly the statuses that put an episode on the supervision list. */
    static final List<LiveStatus> ATTENTION = SupervisionService.STATUSES;
    private static final Map<CaseloadSort, String> ORDER_BY = new EnumMap<>(Map.ofEntries(
            Map.entry(CaseloadSort.PATIENT, "c.display_name"),
            Map.entry(CaseloadSort.STAGE, field("c.stage", Arrays.stream(EpisodeStage.values()).map(Enum::name))),
            Map.entry(CaseloadSort.NEXT_APPOINTMENT, "c.next_start"),
            Map.entry(CaseloadSort.PHQ9, "c.phq9_latest"),
            Map.entry(CaseloadSort.GAD7, "c.gad7_latest"),
            Map.entry(CaseloadSort.STATUS, field("c.live_status", CONCERN_ORDER.stream().map(Enum::name))),
            Map.entry(CaseloadSort.MOOD, "c.mood_days"),
            Map.entry(CaseloadSort.MODULES, "c.core_done"),
            Map.entry(CaseloadSort.ISSUES, "c.open_issues"),
            Map.entry(CaseloadSort.UNREAD, "c.unread_messages")));
    /** Risk first (H01), then the next appointment (none last), then the name; the id keeps pages stable. */
    static final String DEFAULT_ORDER = "c.open_risk_flags > 0 DESC, c.next_start IS NULL, c.next_start,"
            + " c.display_name, c.patient_id";

    /** What filters need: enough for count(). */
    private static final String FILTER_COLUMNS = """
            e.id AS episode_id, p.id AS patient_id, p.display_name, p.programme_id, s.stage, s.live_status,
            (SELECT COUNT(*) FROM risk_flag r WHERE r.patient_id = e.patient_id AND r.status = 'OPEN') AS open_risk_flags,
            (SELECT COUNT(*) FROM technical_issue t WHERE t.patient_id = e.patient_id AND t.status <> 'RESOLVED')
                AS open_issues,
            (SELECT COUNT(*) FROM message m WHERE m.patient_id = e.patient_id AND m.read_at IS NULL) AS unread_messages""";
    private static final String NEXT_BOOKED = "FROM appointment a WHERE a.patient_id = e.patient_id AND a.episode_id = e.id"
            + " AND a.status = 'BOOKED' AND a.start_at >= :now ORDER BY a.start_at, a.id LIMIT 1";
    /** A core module is done when its highest progress is 100%, i.e. when it has reached 100% at all. */
    private static final String SHOWN_COLUMNS = """
            e.assessed_on, e.first_treatment_on, e.second_treatment_on, e.discharged_on,
            s.phq9_latest, s.phq9_change, s.gad7_latest, s.gad7_change,
            (SELECT a.start_at %1$s) AS next_start, (SELECT a.kind %1$s) AS next_kind,
            (SELECT COUNT(DISTINCT %2$s) FROM mood_rating m WHERE m.patient_id = e.patient_id
                AND m.occurred_at >= :day0 AND m.occurred_at < :day%3$d) AS mood_days,
            (SELECT COUNT(DISTINCT mp.module) FROM module_progress mp WHERE mp.patient_id = e.patient_id
                AND mp.module IN (:core) AND mp.percent = 100) AS core_done,
            (SELECT COUNT(*) FROM onboarding_step o WHERE o.patient_id = e.patient_id) AS onboarding_done,
            EXISTS (SELECT 1 FROM onboarding_ready r WHERE r.patient_id = e.patient_id) AS blended_ready""";
    private static final String FROM = """
             FROM episode e JOIN patient p ON p.id = e.patient_id LEFT JOIN episode_state s ON s.episode_id = e.id
            WHERE e.pwp_id = :pwp AND e.discharged_on IS NULL""";

    private CaseloadSql() {
    }

    static String count(String where) {
        return "SELECT COUNT(*) FROM (SELECT " + FILTER_COLUMNS + FROM + ") c" + where;
    }

    static String page(String where, String orderBy, int moodDays) {
        String shown = SHOWN_COLUMNS.formatted(NEXT_BOOKED, dayOf(moodDays), moodDays);
        return "SELECT c.* FROM (SELECT " + FILTER_COLUMNS + ",\n" + shown + FROM + ") c" + where
                + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset";
    }

    /** The user's sort keys (whitelisted), then the default order as tie-breaker; missing values last. */
    static String orderBy(List<CaseloadSort.Order> orders) {
        String chosen = orders.stream().map(order -> {
            String expression = ORDER_BY.get(order.column());
            return expression + " IS NULL, " + expression + (order.descending() ? " DESC" : " ASC");
        }).collect(Collectors.joining(", "));
        return chosen.isEmpty() ? DEFAULT_ORDER : chosen + ", " + DEFAULT_ORDER;
    }

    /** Which of the window's days (1..n) a rating falls on, from boundaries :day0..:dayN computed in Java. */
    private static String dayOf(int days) {
        return "CASE" + IntStream.range(1, days).mapToObj(i -> " WHEN m.occurred_at < :day" + i + " THEN " + i)
                .collect(Collectors.joining()) + " ELSE " + days + " END";
    }

    private static String field(String column, java.util.stream.Stream<String> values) {
        return "FIELD(" + column + ", " + values.map(v -> "'" + v + "'").collect(Collectors.joining(", ")) + ")";
    }
}
