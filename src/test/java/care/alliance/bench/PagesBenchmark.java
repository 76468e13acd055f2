package care.alliance.bench;

import static care.alliance.bench.BenchmarkDataSet.report;
import static care.alliance.bench.Timings.open;
import static care.alliance.bench.Timings.time;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.BrowserlessUserContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;

import care.alliance.caseload.CaseloadFilter;
import care.alliance.caseload.CaseloadService;
import care.alliance.caseload.PatientPage;
import care.alliance.caseload.ui.PatientView;
import care.alliance.shared.ui.MainLayout;

/**
 * Issue #4's benchmark (not a test): on the 100,000-patient data set, the server-side time to build a
 * PWP's caseload (60 open patients) and one patient's page, p50/p95 over 200 runs each, measured twice:
 * the service calls alone, and the whole view built in a browserless UI (services, components, the
 * grid's first page). Then the heap each open PWP session costs with the caseload in one window and
 * the patient page in another. Run: {@code ./mvnw -Ppages-benchmark} (docs/benchmarks.md).
 */
public final class PagesBenchmark {

    static final int CASELOAD = 60;
    static final int SESSIONS = Integer.getInteger("bench.sessions", 40);

    private PagesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int patients = Integer.getInteger("patients", 100_000);
        try (ConfigurableApplicationContext context = BenchmarkDataSet.start(patients)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            String pwp = BenchmarkPwp.withOpenCaseload(jdbc, CASELOAD);
            long patient = BenchmarkPwp.busiestPatient(jdbc, pwp);
            report("PWP %s: %d open episodes; patient page of patient id %d; episode_state rows: %,d", pwp, CASELOAD,
                    patient, jdbc.queryForObject("SELECT COUNT(*) FROM episode_state", Long.class));
            UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(pwp);
            Authentication auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());

            SecurityContextHolder.getContext().setAuthentication(auth);
            CaseloadService caseload = context.getBean(CaseloadService.class);
            PatientPage page = context.getBean(PatientPage.class);
            time("caseload service (count + first page of 50)", () -> {
                caseload.count(CaseloadFilter.NONE);
                return caseload.page(CaseloadFilter.NONE, 0, 50, List.of()).size();
            });
            time("patient page service (load)", () -> page.load(patient).scores().size());
            SecurityContextHolder.clearContext();

            try (SecuredBrowserlessApplicationContext<Authentication> app = SpringBrowserlessApplicationContext
                    .createSecured(context, MainLayout.class, PatientView.class)) {
                // a fresh window per run: a real open builds a new UI, and navigating a window to the
                // location it already shows would not rebuild the view at all
                BrowserlessUserContext session = app.newUser(auth);
                time("caseload view built (browserless, new window)", () -> open(session, "caseload"));
                time("patient page view built (browserless, new window)", () -> open(session, "patients/" + patient));
                BrowserlessUIContext check = session.newWindow();
                check.navigate("caseload", Component.class);
                check.roundTrip();
                report("check: the caseload window's grid holds %d rows",
                        check.test(check.find(Grid.class).withId("caseload-grid").single()).size());
                heapPerSession(app, auth, patient);
            }
        }
        System.exit(0);
    }



    /** Retained heap per PWP session: N sessions held open, full GCs before and after, divided by N. */
    private static void heapPerSession(SecuredBrowserlessApplicationContext<Authentication> app, Authentication auth,
            long patient) throws InterruptedException {
        long before = usedAfterGc();
        List<BrowserlessUserContext> open = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            BrowserlessUserContext session = app.newUser(auth);
            BrowserlessUIContext caseloadWindow = session.newWindow();
            caseloadWindow.navigate("caseload", Component.class);
            caseloadWindow.roundTrip();
            BrowserlessUIContext patientWindow = session.newWindow();
            patientWindow.navigate("patients/" + patient, Component.class);
            patientWindow.roundTrip();
            open.add(session);
        }
        long after = usedAfterGc();
        report("heap per open PWP session (caseload window + patient page window): %.0f KB (%d sessions held, %.1f MB in all)",
                (after - before) / 1024.0 / SESSIONS, open.size(), (after - before) / 1048576.0);
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200); // let the collector and reference processing settle between full GCs
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
