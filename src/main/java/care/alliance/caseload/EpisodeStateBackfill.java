package care.alliance.caseload;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import care.alliance.caseload.internal.EpisodeStateTable;

/**
 * On start, episodes without a state row (a database migrated to V7 with episodes in it, or rows
 * written by hand) get one, so status filters and the supervision list never silently miss them.
 * One cheap count when there are none.
 */
@Component
class EpisodeStateBackfill implements ApplicationRunner {

    private static final Log log = LogFactory.getLog(EpisodeStateBackfill.class);

    private final EpisodeStateTable table;
    private final EpisodeStateProjector projector;

    EpisodeStateBackfill(EpisodeStateTable table, EpisodeStateProjector projector) {
        this.table = table;
        this.projector = projector;
    }

    @Override
    public void run(ApplicationArguments args) {
        long missing = table.missing();
        if (missing > 0) {
            log.info(missing + " episodes have no stored state yet; rebuilding episode_state");
            log.info("Episode state rebuilt for " + projector.rebuildAll() + " episodes");
        }
    }
}
