package care.alliance.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import care.alliance.security.IssuedToken;

/** Shows a new token the one time it exists in clear text. */
class TokenDialog extends Dialog {

    final TextField token = new TextField("Token");

    TokenDialog(IssuedToken issued) {
        setHeaderTitle("Token for " + issued.integrationName());
        setCloseOnOutsideClick(false);
        token.setId("issued-token");
        token.setValue(issued.token());
        token.setReadOnly(true);
        token.setWidth("40em");
        Button done = new Button("I have copied it", click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("token-done");
        add(new Paragraph("Copy this token into the other system now. Alliance keeps only a fingerprint of it "
                + "and cannot show it again."), token);
        getFooter().add(done);
    }
}
