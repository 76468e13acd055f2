package care.alliance.navigator.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import care.alliance.programme.ProgrammeDataArrived;

/**
 * Runs the rules for just the patients whose programme data arrived, after the ingest transaction
 * commits and off the request thread: the listener only adds the id to a set, and one background
 * thread drains it, so a burst of batches for the same patients becomes one run per drain (ingest
 * never waits for detection). A plain after-commit callback rather than a transactional listener, for
 * the reason {@code DataArrivals} gives; a crash loses at most one drain, which the next scheduled run
 * covers. Failures are logged and left to that run.
 */
@Component
class DetectionOnArrival implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DetectionOnArrival.class);

    private final Detection detection;
    private final boolean enabled;
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("detection-on-arrival").daemon().factory());

    DetectionOnArrival(Detection detection, @Value("${alliance.detection.enabled:true}") boolean enabled) {
        this.detection = detection;
        this.enabled = enabled;
    }

    @EventListener
    void onData(ProgrammeDataArrived event) {
        if (!enabled) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            arrived(event.patientId());
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                arrived(event.patientId());
            }
        });
    }

    void arrived(long patientId) {
        pending.add(patientId);
        if (draining.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        while (true) {
            List<Long> ids = new ArrayList<>(pending);
            pending.removeAll(ids);
            if (ids.isEmpty()) {
                draining.set(false);
                // an id added after the snapshot but before the flag dropped would otherwise wait
                if (pending.isEmpty() || !draining.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            try {
                detection.runFor(ids);
            } catch (RuntimeException e) {
                log.error("Detection for {} patient(s) with new data failed; the scheduled run will cover them",
                        ids.size(), e);
            }
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
