package care.alliance.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;

import care.alliance.AllianceTest;
import care.alliance.Fixtures;
import care.alliance.shared.ui.NotFoundView;

/** The shell per role, without a browser: landing page, menu, identity, and refusal of other roles' views. */
class ShellViewTest {

    abstract static class RoleShell extends SpringBrowserlessTest {

        List<String> menu() {
            return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
        }

        String landingView() {
            navigate("", Component.class);
            return getCurrentView().getClass().getSimpleName();
        }

        String currentUser() {
            return find(Div.class).withId("current-user").single().getText();
        }

        boolean refused(String route) {
            navigate(route, Component.class);
            return getCurrentView() instanceof NotFoundView;
        }
    }

    @Nested
    @AllianceTest
    @WithUserDetails(Fixtures.PWP_A)
    class Pwp extends RoleShell {
        @Test
        void landsOnCaseloadAndSeesOnlyItsMenu() {
            assertThat(landingView()).isEqualTo("CaseloadView");
            assertThat(menu()).containsExactly("My caseload", "Digest inbox", "My time", "Supervision list");
            assertThat(currentUser()).isEqualTo("Alex Test · Psychological wellbeing practitioner");
        }

        @Test
        void caseloadListsOwnPatientOnly() {
            navigate("caseload", Component.class);
            assertThat(find(Span.class).withId("caseload-count").single().getText()).isEqualTo("1 patient");
        }

        @Test
        void cannotOpenOtherRolesViewsByUrl() {
            assertThat(refused("service")).isTrue();
            assertThat(refused("navigator")).isTrue();
            assertThat(refused("admin/users")).isTrue();
        }
    }

    @Nested
    @AllianceTest
    @WithUserDetails(Fixtures.NAVIGATOR)
    class Navigator extends RoleShell {
        @Test
        void landsOnWorkspaceAndSeesOnlyItsMenu() {
            assertThat(landingView()).isEqualTo("NavigatorHomeView");
            assertThat(menu()).containsExactly("Navigator workspace", "Onboarding");
            assertThat(refused("caseload")).isTrue();
            assertThat(refused("supervision")).isTrue();
            assertThat(refused("service")).isTrue();
        }
    }

    @Nested
    @AllianceTest
    @WithUserDetails(Fixtures.MANAGER)
    class Manager extends RoleShell {
        @Test
        void landsOnServiceOverviewWithChartAndSummary() {
            assertThat(landingView()).isEqualTo("ServiceOverviewView");
            assertThat(menu()).containsExactly("Service overview", "Digest coverage", "Team time budget", "Supervision list");
            String summary = find(Paragraph.class).withId("stage-summary").single().getText();
            // every fixture patient of service t-north is assessed; t-south's patient is not counted
            assertThat(summary).contains("Assessed " + (2 + Fixtures.PWP_C_PATIENTS)).contains("In treatment 0");
            assertThat(refused("caseload")).isTrue();
        }
    }

    @Nested
    @AllianceTest
    @WithUserDetails(Fixtures.ADMIN)
    class Admin extends RoleShell {
        @Test
        void landsOnStaffAccountsAndCannotOpenPatientViews() {
            assertThat(landingView()).isEqualTo("StaffView");
            assertThat(menu()).containsExactly("Staff accounts", "Integrations", "Detection thresholds");
            assertThat(refused("caseload")).isTrue();
            assertThat(refused("supervision")).isTrue();
        }
    }
}
