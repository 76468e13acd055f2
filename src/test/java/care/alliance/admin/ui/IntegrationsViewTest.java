package care.alliance.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;

import care.alliance.AllianceTest;
import care.alliance.Fixtures;
import care.alliance.security.ApiScope;
import care.alliance.security.internal.ApiTokens;

@AllianceTest
@WithUserDetails(Fixtures.ADMIN)
class IntegrationsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void administratorCreatesAnIntegrationAndSeesItsTokenOnce() {
        navigate(IntegrationsView.class);
        test(find(Button.class).withId("new-integration").single()).click();
        NewIntegrationDialog dialog = find(NewIntegrationDialog.class).single();
        test(dialog.name).setValue("view-made");
        dialog.scopes.setValue(java.util.Set.of(ApiScope.EVENTS_WRITE, ApiScope.OUTCOMES_READ));
        test(dialog.save).click();

        String token = find(TextField.class).withId("issued-token").single().getValue();
        assertThat(token).startsWith("alli_").hasSizeGreaterThan(40);
        assertThat(jdbc.queryForObject("SELECT token_hash FROM integration WHERE name = 'view-made'", String.class))
                .isEqualTo(ApiTokens.hash(token));
        assertThat(jdbc.queryForObject("SELECT scopes FROM integration WHERE name = 'view-made'", String.class))
                .isEqualTo("events:write outcomes:read");
    }

    @Test
    void invalidNameIsExplainedOnTheFieldAndNothingIsCreated() {
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM integration", Integer.class);
        navigate(IntegrationsView.class);
        test(find(Button.class).withId("new-integration").single()).click();
        NewIntegrationDialog dialog = find(NewIntegrationDialog.class).single();
        test(dialog.name).setValue("Not OK");
        dialog.scopes.setValue(java.util.Set.of(ApiScope.EVENTS_WRITE));
        test(dialog.save).click();

        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).contains("lower-case");
        assertThat(find(TextField.class).withId("issued-token").exists()).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM integration", Integer.class)).isEqualTo(before);
    }
}
