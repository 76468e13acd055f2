package care.alliance.caseload.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import care.alliance.navigator.DataSummary;
import care.alliance.shared.ui.DisplayTime;

/**
 * The navigator's current data summary on the patient page: who wrote it and when, their words, and the
 * facts exactly as they were when it was published (not today's: the patient page's charts show those).
 */
class DataSummarySection extends VerticalLayout {

    static final String NONE = "No data summary yet.";

    private final Paragraph none = new Paragraph(NONE);
    private final Paragraph meta = new Paragraph();
    private final Paragraph words = new Paragraph();
    private final UnorderedList facts = new UnorderedList();
    private final Div body = new Div(meta, words, facts);

    DataSummarySection() {
        setId("data-summary");
        setPadding(false);
        none.setId("data-summary-empty");
        meta.setId("data-summary-meta");
        words.setId("data-summary-words");
        words.getStyle().set("white-space", "pre-line");
        facts.setId("data-summary-facts");
        add(new H3("Navigator's data summary"), none, body);
        show(null);
    }

    /** {@code summary} is {@code null} while the navigator has published none. */
    void show(DataSummary summary) {
        none.setVisible(summary == null);
        body.setVisible(summary != null);
        facts.removeAll();
        if (summary == null) {
            return;
        }
        meta.setText("By " + summary.author() + ", " + DisplayTime.dateTime(summary.publishedAt()) + ". Facts for "
                + DisplayTime.period(summary.facts().from(), summary.facts().to()) + ", as they were when published.");
        words.setText(summary.words());
        summary.facts().sentences().forEach(sentence -> facts.add(new ListItem(sentence)));
    }
}
