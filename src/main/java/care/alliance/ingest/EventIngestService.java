package care.alliance.ingest;

import java.time.Clock;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import care.alliance.security.ApiClient;
import care.alliance.security.CurrentUser;

/**
 * The security and transaction boundary of event ingest. The body is parsed and validated before
 * any transaction starts; then one READ COMMITTED transaction stores the whole request, so it
 * commits exactly what it reports as ACCEPTED or nothing (a failure is a 500 with nothing stored),
 * and the 200 is sent only after the commit (H08).
 *
 * <p>Concurrent deliveries of overlapping batches can still deadlock in InnoDB's duplicate-key
 * locks; the loser is rolled back whole, so retrying it is safe and gives the same answer a later
 * retry by the sender would.
 */
@Service
class EventIngestService {

    static final int MAX_ATTEMPTS = 3;
    private static final Log log = LogFactory.getLog(EventIngestService.class);

    private final EventBatchParser parser;
    private final EventBatchWriter writer;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final CurrentUser currentUser;

    EventIngestService(EventBatchParser parser, EventBatchWriter writer, PlatformTransactionManager transactions,
            CurrentUser currentUser,
            Clock clock) {
        this.parser = parser;
        this.writer = writer;
        this.clock = clock;
        this.currentUser = currentUser;
        this.transaction = new TransactionTemplate(transactions);
        // READ COMMITTED: a row a concurrent request committed while we waited on its lock is visible.
        transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        transaction.setTimeout(60);
    }

    @PreAuthorize("hasAuthority('SCOPE_events:write')")
    public List<EventResult> ingest(byte[] body) {
        ApiClient client = currentUser.requireApiClient();
        List<ParsedEvent> events = parser.parse(body);
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> writer.write(client.integrationId(), events, clock.instant()));
            } catch (PessimisticLockingFailureException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                log.info("Event batch of " + client.auditName() + " lost a lock conflict; retrying (" + attempt + ")");
            }
        }
    }
}
