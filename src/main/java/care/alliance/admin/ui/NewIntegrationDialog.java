package care.alliance.admin.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import care.alliance.security.ApiScope;
import care.alliance.security.IntegrationAdmin;
import care.alliance.security.IssuedToken;

/** Name and scopes of a new integration; the service validates, this dialog shows its words. */
class NewIntegrationDialog extends Dialog {

    final TextField name = new TextField("Name");
    final CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>("Scopes");
    final Button save = new Button("Create");

    NewIntegrationDialog(IntegrationAdmin admin, Consumer<IssuedToken> created) {
        setHeaderTitle("New integration");
        name.setId("integration-name");
        name.setHelperText("Lower-case letters, digits and hyphens, e.g. moodbuster-prod");
        name.setRequired(true);
        name.setWidthFull();
        scopes.setId("integration-scopes");
        scopes.setItems(ApiScope.values());
        scopes.setItemLabelGenerator(ApiScope::value);
        save.setId("create-integration");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            name.setInvalid(false);
            scopes.setInvalid(false);
            try {
                IssuedToken issued = admin.create(name.getValue(), scopes.getValue());
                close();
                created.accept(issued);
            } catch (IllegalArgumentException e) {
                boolean aboutScopes = e.getMessage().contains("scope");
                (aboutScopes ? scopes : name).setErrorMessage(e.getMessage());
                if (aboutScopes) {
                    scopes.setInvalid(true);
                } else {
                    name.setInvalid(true);
                }
            }
        });
        add(new VerticalLayout(name, scopes));
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
