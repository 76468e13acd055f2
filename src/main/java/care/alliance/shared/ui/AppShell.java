package care.alliance.shared.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Global look: Lumo plus our own stylesheet (frontend/styles, copied to static resources by the build).
 * Server push, so alerts and newly arrived data reach open tabs without a reload.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/alliance.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("referrer", "no-referrer");
    }
}
