package care.alliance.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import care.alliance.security.CurrentUser;

/** "/" sends each signed-in user to their role's landing page. */
@Route("")
@PermitAll
class HomeView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        currentUser.find().ifPresent(user -> event.forwardTo(RoleLabels.landingRoute(user.role())));
    }
}
