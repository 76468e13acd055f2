package care.alliance.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import care.alliance.programme.ProgrammeDataArrived;
import care.alliance.programme.RiskFlagRaised;

/**
 * Records the programme's events for one test, delivered after commit exactly as a
 * {@code @TransactionalEventListener(AFTER_COMMIT)} consumer gets them (registered on the running
 * context, so the shared test context is not rebuilt; a plain listener that defers to the
 * transaction's afterCommit, so Modulith's publication registry is left alone). For each
 * RiskFlagRaised it checks, on a connection of its own, that the flag is committed by then.
 */
final class PublishedEvents implements AutoCloseable {

    record Flag(RiskFlagRaised event, boolean committed) {
    }

    final List<Flag> flags = new CopyOnWriteArrayList<>();
    final List<ProgrammeDataArrived> arrivals = new CopyOnWriteArrayList<>();
    /** Events published outside a transaction: a consumer would never get them after a commit. */
    final List<Object> outsideTransaction = new CopyOnWriteArrayList<>();
    private final ConfigurableApplicationContext context;
    private final DataSource dataSource;
    private final ApplicationListener<ApplicationEvent> listener = this::received;

    PublishedEvents(ConfigurableApplicationContext context, DataSource dataSource) {
        this.context = context;
        this.dataSource = dataSource;
        context.addApplicationListener(listener);
    }

    private void received(ApplicationEvent event) {
        if (!(event instanceof PayloadApplicationEvent<?> payload)
                || !(payload.getPayload() instanceof RiskFlagRaised || payload.getPayload() instanceof ProgrammeDataArrived)) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            outsideTransaction.add(payload.getPayload());
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                switch (payload.getPayload()) {
                    case RiskFlagRaised flag -> flags.add(new Flag(flag, committed(flag.riskFlagId())));
                    case ProgrammeDataArrived arrival -> arrivals.add(arrival);
                    default -> throw new IllegalStateException();
                }
            }
        });
    }

    private boolean committed(long riskFlagId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM risk_flag WHERE id = ?")) {
            statement.setLong(1, riskFlagId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.removeApplicationListener(listener);
    }
}
