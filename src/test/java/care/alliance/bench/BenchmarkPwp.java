package care.alliance.bench;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Picks the benchmark's PWP on the generated service. Generated caseloads hold about 37 open
 * episodes, so the first PWP is topped up to exactly {@code size} by moving open episodes (and their
 * appointments) from the last PWP. Idempotent: a second run finds the caseload already at size.
 */
final class BenchmarkPwp {

    private BenchmarkPwp() {
    }

    static String withOpenCaseload(JdbcTemplate jdbc, int size) {
        long pwp = jdbc.queryForObject("SELECT MIN(id) FROM staff_user WHERE role = 'PWP'", Long.class);
        long donor = jdbc.queryForObject("SELECT MAX(id) FROM staff_user WHERE role = 'PWP'", Long.class);
        int open = openEpisodes(jdbc, pwp);
        if (open > size) {
            throw new IllegalStateException("PWP " + pwp + " already has " + open + " open episodes");
        }
        if (open < size) {
            jdbc.update("CREATE TEMPORARY TABLE bench_moved AS SELECT id FROM episode"
                    + " WHERE pwp_id = ? AND discharged_on IS NULL ORDER BY id LIMIT " + (size - open), donor);
            jdbc.update("UPDATE episode SET pwp_id = ? WHERE id IN (SELECT id FROM bench_moved)", pwp);
            jdbc.update("UPDATE appointment SET pwp_id = ? WHERE episode_id IN (SELECT id FROM bench_moved)", pwp);
            jdbc.update("DROP TEMPORARY TABLE bench_moved");
        }
        if (openEpisodes(jdbc, pwp) != size) {
            throw new IllegalStateException("could not give PWP " + pwp + " " + size + " open episodes");
        }
        return jdbc.queryForObject("SELECT username FROM staff_user WHERE id = ?", String.class, pwp);
    }

    /** The open patient of this PWP with the most programme data: the page's worst case. */
    static long busiestPatient(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject("""
                SELECT e.patient_id FROM episode e JOIN staff_user u ON u.id = e.pwp_id
                WHERE u.username = ? AND e.discharged_on IS NULL
                ORDER BY (SELECT COUNT(*) FROM mood_rating m WHERE m.patient_id = e.patient_id)
                       + (SELECT COUNT(*) FROM notification_event n WHERE n.patient_id = e.patient_id) DESC, e.patient_id
                LIMIT 1""", Long.class, username);
    }

    private static int openEpisodes(JdbcTemplate jdbc, long pwp) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM episode WHERE pwp_id = ? AND discharged_on IS NULL",
                Integer.class, pwp);
    }
}
