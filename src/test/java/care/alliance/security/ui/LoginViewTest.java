package care.alliance.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.web.WebAttributes;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;

import care.alliance.AllianceTest;

@AllianceTest
@WithAnonymousUser
class LoginViewTest extends SpringBrowserlessTest {

    @Autowired
    Environment env;

    private void open(String parameter) {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of(parameter, "")));
    }

    private LoginView navigatedView() {
        return (LoginView) getCurrentView();
    }

    @Test
    void badCredentialsSayWhatWentWrongWithoutTechnicalDetail() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new BadCredentialsException("Bad credentials"));
        open("error");
        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(navigatedView().shownError()).startsWith("The username or password is not right");
    }

    @Test
    void lockedAccountSaysItIsLockedAndForHowLong() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new LockedException("User account is locked"));
        open("error");
        assertThat(navigatedView().shownError())
                .contains("locked for 15 minutes");
    }

    @Test
    void demoPasswordOutsideTheDemoSaysSo() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new org.springframework.security.authentication.password.CompromisedPasswordException("demo"));
        open("error");
        assertThat(navigatedView().shownError()).contains("only works in the demo service");
    }

    @Test
    void expiredSessionIsExplained() {
        open("expired");
        Paragraph notice = find(Paragraph.class).withId("login-notice").single();
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).contains("30 minutes without activity");
        assertThat(find(LoginForm.class).single().isError()).isFalse();
    }

    @Test
    void plainLoginPageShowsNoMessage() {
        navigate("login", LoginView.class);
        assertThat(find(Paragraph.class).withId("login-notice").exists()).as("notice hidden").isFalse();
        assertThat(find(LoginForm.class).single().isError()).isFalse();
    }

    @Test
    void h12IdleSessionsEndAfterThirtyMinutesEvenWithAnOpenTab() {
        assertThat(env.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
        // closeIdleSessions stops Vaadin's heartbeat from keeping an unattended tab's session alive
        assertThat(env.getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
    }
}
