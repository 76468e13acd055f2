package care.alliance.programme.internal;

import static java.sql.Types.BIGINT;
import static java.sql.Types.TIMESTAMP;
import static java.sql.Types.VARCHAR;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import care.alliance.outcomes.QuestionnaireScoring;
import care.alliance.programme.FactContent;
import care.alliance.programme.ProgrammeFact;

/**
 * Raises an OPEN risk flag for every PHQ-9 with item 9 above 0 (H01), pointing at the questionnaire
 * row. Every such questionnaire gets its own flag, late and old ones too: a flag is never skipped
 * because another one is open. raised_at is when Alliance raised it (arrival); when the patient
 * answered is the questionnaire's occurred_at.
 */
@Component
public class RiskFlags {

    /** Ids come from risk_flag_seq like Hibernate's pooled-lo: NEXTVAL gives V, and V..V+49 are ours. */
    static final int ID_BLOCK = 50;
    private static final String INSERT = "INSERT INTO risk_flag (id, patient_id, questionnaire_id, raised_at,"
            + " reason, status) VALUES (?, ?, ?, ?, ?, 'OPEN')";
    private static final int[] TYPES = {BIGINT, BIGINT, BIGINT, TIMESTAMP, VARCHAR};

    public record Raised(long riskFlagId, long patientId) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    RiskFlags(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Call after the questionnaires are written: their AUTO_INCREMENT ids are looked up here. */
    public List<Raised> raiseFor(List<ProgrammeFact> facts) {
        List<ProgrammeFact> risky = facts.stream().filter(RiskFlags::riskItemPositive).toList();
        if (risky.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> questionnaireIds = questionnaireIds(risky);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>(risky.size());
        List<Raised> raised = new ArrayList<>(risky.size());
        long next = 0;
        int left = 0;
        for (ProgrammeFact fact : risky) {
            if (left == 0) {
                next = jdbc.queryForObject("SELECT NEXTVAL(risk_flag_seq)", Long.class);
                left = ID_BLOCK;
            }
            long id = next++;
            left--;
            Long questionnaireId = questionnaireIds.get(fact.sourceEventId());
            if (questionnaireId == null) {
                throw new IllegalStateException("questionnaire of raw event " + fact.sourceEventId() + " not written");
            }
            int item9 = ((FactContent.Questionnaire) fact.content()).scored().items()
                    .get(QuestionnaireScoring.PHQ9_RISK_ITEM_INDEX);
            rows.add(new Object[] {id, fact.patientId(), questionnaireId, now, "PHQ-9 item 9 scored " + item9});
            raised.add(new Raised(id, fact.patientId()));
        }
        jdbc.batchUpdate(INSERT, rows, TYPES);
        return raised;
    }

    private static boolean riskItemPositive(ProgrammeFact fact) {
        return fact.content() instanceof FactContent.Questionnaire q && q.scored().riskItemPositive();
    }

    private Map<Long, Long> questionnaireIds(List<ProgrammeFact> risky) {
        Map<Long, Long> ids = new HashMap<>();
        jdbc.query("SELECT source_event_id, id FROM questionnaire WHERE source_event_id IN ("
                + String.join(", ", Collections.nCopies(risky.size(), "?")) + ")",
                rs -> {
                    ids.put(rs.getLong(1), rs.getLong(2));
                }, risky.stream().map(ProgrammeFact::sourceEventId).toArray());
        return ids;
    }
}
