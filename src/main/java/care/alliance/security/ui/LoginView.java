package care.alliance.security.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.password.CompromisedPasswordException;
import org.springframework.security.web.WebAttributes;

/** Sign-in page. Says why the user is here (bad password, locked, session ended) in plain words. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Alliance")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String BAD_CREDENTIALS = "The username or password is not right. Check them and try again.";
    static final String LOCKED = "This account is locked for 15 minutes after too many failed sign-ins. "
            + "Try again later or ask your administrator.";
    static final String DEMO_PASSWORD = "The demo password only works in the demo service. "
            + "Ask your administrator for your own password.";
    static final String EXPIRED = "Your session ended after 30 minutes without activity. Please sign in again.";
    static final String LOGGED_OUT = "You have signed out.";

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private String shownError;

    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setId("login-form");
        notice.setId("login-notice");
        notice.setVisible(false);
        add(new H1("Alliance"), notice, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("error")) {
            showError(messageForLastFailure());
        } else if (params.containsKey("expired")) {
            showNotice(EXPIRED);
        } else if (params.containsKey("logout")) {
            showNotice(LOGGED_OUT);
        }
    }

    /** The error message on the form, if any (LoginForm keeps its i18n to itself). */
    String shownError() {
        return shownError;
    }

    private void showError(String message) {
        shownError = message;
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.ErrorMessage error = new LoginI18n.ErrorMessage();
        error.setTitle("Could not sign in");
        error.setMessage(message);
        i18n.setErrorMessage(error);
        form.setI18n(i18n);
        form.setError(true);
    }

    private void showNotice(String message) {
        notice.setText(message);
        notice.setVisible(true);
    }

    /** Spring Security keeps the last failure in the session; only its type is read, never shown raw. */
    private static String messageForLastFailure() {
        var request = VaadinServletRequest.getCurrent();
        var session = request == null ? null : request.getHttpServletRequest().getSession(false);
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof LockedException) {
            return LOCKED;
        }
        return failure instanceof CompromisedPasswordException ? DEMO_PASSWORD : BAD_CREDENTIALS;
    }
}
