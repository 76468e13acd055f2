package care.alliance.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The demo's accounts and caseloads, as a presenter signing in would meet them. */
@DemoTest
class DemoStaffAndCaseloadTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSixNamedAccountsHaveTheirRolesAndServices() {
        List<Map<String, Object>> users = jdbc.queryForList("SELECT u.username, u.role, s.code FROM staff_user u"
                + " LEFT JOIN service s ON s.id = u.service_id WHERE u.username IN"
                + " ('pwp.jones', 'pwp.smith', 'pwp.brown', 'nav.ahmed', 'manager.lee', 'admin') ORDER BY u.username");

        assertThat(users).extracting(u -> u.get("username"), u -> u.get("role"), u -> u.get("code")).containsExactly(
                tuple("admin", "ADMIN", null),
                tuple("manager.lee", "MANAGER", "north"),
                tuple("nav.ahmed", "NAVIGATOR", "north"),
                tuple("pwp.brown", "PWP", "south"),
                tuple("pwp.jones", "PWP", "north"),
                tuple("pwp.smith", "PWP", "north"));
    }

    @Test
    void everyAccountSharesOneBcryptHashOfTheDemoPassword() {
        List<String> hashes = jdbc.queryForList("SELECT DISTINCT password_hash FROM staff_user", String.class);

        assertThat(hashes).hasSize(1);
        assertThat(hashes.getFirst()).startsWith("$2a$10$");
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
        assertThat(encoder.matches("alliance-demo-1", hashes.getFirst())).isTrue();
        assertThat(encoder.matches("alliance-demo-2", hashes.getFirst())).isFalse();
    }

    @Test
    void eightPwpsAcrossBothServicesEachHold40To60OpenEpisodes() {
        List<Map<String, Object>> caseloads = jdbc.queryForList("SELECT u.username, s.code,"
                + " SUM(e.discharged_on IS NULL) AS open_episodes FROM staff_user u JOIN service s ON s.id = u.service_id"
                + " LEFT JOIN episode e ON e.pwp_id = u.id WHERE u.role = 'PWP' GROUP BY u.username, s.code");

        assertThat(caseloads).hasSize(8);
        assertThat(caseloads).extracting(c -> c.get("code")).contains("north", "south");
        assertThat(caseloads).allSatisfy(c -> assertThat(((Number) c.get("open_episodes")).intValue())
                .as("open episodes of %s", c.get("username")).isBetween(40, 60));
    }

    @Test
    void patientsHaveProgrammeIdsAndInitialPlusSurnameNamesInTheirPwpsService() {
        assertThat(count("SELECT COUNT(*) FROM patient WHERE programme_id NOT REGEXP '^mb-[0-9]{4,}$'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM patient WHERE display_name NOT REGEXP '^[A-Z]\\\\. [A-Z][A-Za-z'']+$'"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM patient p JOIN episode e ON e.patient_id = p.id"
                + " JOIN staff_user u ON u.id = e.pwp_id WHERE u.service_id <> p.service_id")).isZero();
        assertThat(count("SELECT COUNT(*) FROM patient WHERE programme_id = 'mb-1001'")).isOne();
    }

    @Test
    void pwpJonesCaseloadShowsTheRiskTheStormTheSilentDeviceAndTheLockout() {
        List<String> names = jdbc.queryForList("SELECT p.display_name FROM patient p JOIN episode e"
                + " ON e.patient_id = p.id JOIN staff_user u ON u.id = e.pwp_id WHERE u.username = 'pwp.jones'"
                + " AND e.discharged_on IS NULL", String.class);

        assertThat(names).contains("R. Risk", "S. Storm", "Q. Quiet", "L. Locked");
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
