package care.alliance.navigator.detection;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import care.alliance.audit.AuditLog;
import care.alliance.audit.AuditOutcome;
import care.alliance.navigator.DetectionResult;
import care.alliance.shared.db.UtcColumns;

/**
 * Runs every detection rule (clinical.md §5) for all patients or for a few, in one transaction per run:
 * the rules' findings, merged per patient and category, then {@link IssueWriter}. Safe to run at the
 * same time on any number of nodes (H10). No {@code @Service}: only the schedule, the arrival listener
 * and the {@code jobs:run} service call it. Each run is audited once as {@link #AUDIT_ACTOR} (H13: a
 * job reading patients' programme data is audited too).
 */
@Component
public class Detection {

    public static final String AUDIT_ACTOR = "job:detection";
    /** Patients per run when detecting for given patients: keeps the IN lists and transactions small. */
    static final int CHUNK = 1_000;
    private static final int ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(Detection.class);

    private final DetectionRules rules;
    private final IssueWriter writer;
    private final ThresholdStore thresholds;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final Clock clock;

    Detection(DetectionRules rules, IssueWriter writer, ThresholdStore thresholds, PlatformTransactionManager tm,
            AuditLog audit, Clock clock) {
        this.rules = rules;
        this.writer = writer;
        this.thresholds = thresholds;
        this.transactions = new TransactionTemplate(tm);
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.audit = audit;
        this.clock = clock;
    }

    public DetectionResult runAll() {
        DetectionResult result = run(PatientScope.ALL);
        audit.record(AUDIT_ACTOR, "SYSTEM", null, "DETECTION_RUN", "all patients: " + describe(result),
                AuditOutcome.ALLOWED);
        return result;
    }

    public DetectionResult runFor(List<Long> patientIds) {
        DetectionResult result = new DetectionResult(0, 0);
        for (int from = 0; from < patientIds.size(); from += CHUNK) {
            List<Long> chunk = patientIds.subList(from, Math.min(patientIds.size(), from + CHUNK));
            result = result.plus(run(PatientScope.of(chunk)));
        }
        if (!patientIds.isEmpty()) {
            audit.record(AUDIT_ACTOR, "SYSTEM", patientIds.size() == 1 ? patientIds.getFirst() : null,
                    "DETECTION_RUN", patientIds.size() + " patient(s) with new data: " + describe(result),
                    AuditOutcome.ALLOWED);
        }
        return result;
    }

    private DetectionResult run(PatientScope scope) {
        for (int attempt = 1;; attempt++) {
            try {
                return transactions.execute(status -> {
                    RunParameters run = new RunParameters(clock.instant(), thresholds.all());
                    return writer.apply(UtcColumns.utc(run.now()), scope, merged(rules.all(run, scope)));
                });
            } catch (PessimisticLockingFailureException e) {
                // a deadlock with a navigator's edit or another node's run: the whole run is repeatable
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.warn("Detection run hit a lock conflict (attempt {}), running it again", attempt);
            }
        }
    }

    /** One finding per patient and category (LOGIN has two rules): their descriptions joined. */
    private static Map<String, Finding> merged(List<Finding> findings) {
        Map<String, Finding> merged = new LinkedHashMap<>();
        for (Finding finding : findings) {
            merged.merge(IssueWriter.key(finding.patientId(), finding.category()), finding, Finding::and);
        }
        return merged;
    }

    private static String describe(DetectionResult result) {
        return "opened " + result.opened() + ", closed " + result.closed();
    }
}
