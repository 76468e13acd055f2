package care.alliance.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

import care.alliance.security.CurrentUser;

/**
 * The shell. The side navigation is built from @Menu entries, which Vaadin already filters by each
 * view's access annotation, so every role sees exactly the views it may open and the shell
 * imports no feature module.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final CurrentUser currentUser;
    private final UserNotifications notifications;

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication, UserNotifications notifications) {
        this.currentUser = currentUser;
        this.notifications = notifications;
        setPrimarySection(Section.DRAWER);
        Span title = new Span("Alliance");
        title.addClassName("alliance-brand");
        addToDrawer(new VerticalLayout(title, navigation()));
        addToNavbar(new DrawerToggle(), userArea(currentUser, authentication));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        currentUser.find().ifPresent(user -> {
            Registration registration = notifications.register(user.id(), event.getUI(), MainLayout::showAlert);
            addDetachListener(detach -> {
                registration.remove();
                detach.unregisterListener();
            });
        });
    }

    /** Alerts stay until dismissed: they are about patient safety and must not vanish unread. */
    static void showAlert(String message) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.TOP_END);
        notification.setDuration(0);
        Span text = new Span(message);
        Button close = new Button("Dismiss", click -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout content = new HorizontalLayout(text, close);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(content);
        notification.addClassName("alliance-alert");
        notification.open();
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = entry.icon() == null
                    ? new SideNavItem(entry.title(), entry.path())
                    : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
            nav.addItem(item);
        }
        return nav;
    }

    private static HorizontalLayout userArea(CurrentUser currentUser, AuthenticationContext authentication) {
        Div who = new Div();
        who.setId("current-user");
        currentUser.find().ifPresent(user ->
                who.setText(user.displayName() + " · " + RoleLabels.label(user.role())));
        Button logout = new Button("Sign out", click -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout area = new HorizontalLayout(who, logout);
        area.setAlignItems(FlexComponent.Alignment.CENTER);
        area.addClassName("alliance-user-area");
        return area;
    }
}
