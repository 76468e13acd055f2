package care.alliance.demo;

import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hands out ids from a database sequence exactly as Hibernate's pooled-lo optimizer does
 * (V1 declares every sequence INCREMENT BY 50): {@code NEXTVAL} returns V, and V..V+49 belong to
 * the caller. Rows written here and rows JPA writes later therefore never collide, whichever
 * comes first, and one round trip buys fifty ids.
 */
final class SequenceIdBlocks {

    static final int BLOCK = 50;
    // The name is spliced into SQL, so only the sequences of V1 are accepted.
    private static final Set<String> KNOWN = Set.of("service_seq", "staff_user_seq", "patient_seq",
            "episode_seq", "appointment_seq", "risk_flag_seq");

    private final JdbcTemplate jdbc;
    private final String sequence;
    private long next;
    private int left;

    SequenceIdBlocks(JdbcTemplate jdbc, String sequence) {
        if (!KNOWN.contains(sequence)) {
            throw new IllegalArgumentException("unknown sequence " + sequence);
        }
        this.jdbc = jdbc;
        this.sequence = sequence;
    }

    long next() {
        if (left == 0) {
            Long low = jdbc.queryForObject("SELECT NEXTVAL(" + sequence + ")", Long.class);
            next = low;
            left = BLOCK;
        }
        left--;
        return next++;
    }
}
