package care.alliance.caseload.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Where the latest pre-session digest will show (clinical.md §6). Digests are built by the digest
 * module in a later issue; it hands the stored digest to {@link care.alliance.caseload.PatientPage}
 * and this section shows it, with when it was built and the period it covers (H06). Until then the
 * section says plainly that there is none.
 */
class DigestSection extends VerticalLayout {

    static final String NONE = "No digest has been built for this patient yet.";

    DigestSection() {
        setId("digest");
        setPadding(false);
        Paragraph none = new Paragraph(NONE);
        none.setId("digest-empty");
        add(new H3("Pre-session digest"), none);
    }
}
