package care.alliance.caseload.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import care.alliance.digest.DigestContent;
import care.alliance.digest.StoredDigest;
import care.alliance.outcomes.MeasureSummary;
import care.alliance.shared.ui.DisplayTime;

/**
 * The patient's latest pre-session digest (clinical.md §6), from the stored text as it was built. When
 * it was built and what period it covers come first, so nobody takes an old digest for today's (H06).
 */
class DigestSection extends VerticalLayout {

    static final String NONE = "No digest has been built for this patient yet.";

    private final Paragraph none = new Paragraph(NONE);
    private final Paragraph built = new Paragraph();
    private final Paragraph facts = new Paragraph();
    private final UnorderedList agenda = new UnorderedList();

    DigestSection() {
        setId("digest");
        setPadding(false);
        none.setId("digest-empty");
        built.setId("digest-built");
        facts.setId("digest-facts");
        agenda.setId("digest-agenda");
        add(new H3("Pre-session digest"), none, built, facts, agenda);
        show(null);
    }

    /** {@code digest} is {@code null} while none has been built. */
    void show(StoredDigest digest) {
        none.setVisible(digest == null);
        built.setVisible(digest != null);
        facts.setVisible(digest != null);
        agenda.setVisible(digest != null);
        if (digest == null) {
            return;
        }
        DigestContent content = digest.content();
        built.setText("Built " + DisplayTime.dateTime(content.builtAt()) + " (version " + content.version()
                + ") for appointment " + content.appointment() + "; covers " + DisplayTime.dateTime(content.since())
                + " to " + DisplayTime.dateTime(content.until()) + ".");
        DigestContent.Mood mood = content.mood();
        facts.setText("Mood rated on " + mood.daysRated() + " of " + mood.days() + " days"
                + (mood.mean() == null ? "" : ", mean " + mood.mean() + ", lowest " + mood.lowest())
                + (mood.trend() == null ? "" : ", trend " + mood.trend() + " a day")
                + ". PHQ-9 " + measure(content.questionnaires().phq9()) + ", GAD-7 "
                + measure(content.questionnaires().gad7()) + ": " + content.questionnaires().verdict()
                + ". Open risk flags: " + content.riskFlags().stream().filter(DigestContent.RiskFlagLine::open).count()
                + ". Activities done " + content.diary().completed() + " of " + content.diary().planned()
                + " planned. Unread messages: " + content.unreadMessages() + ". Technical issues: "
                + (content.openIssues().isEmpty() ? "none" : content.openIssues().stream()
                        .map(issue -> issue.category() + " " + issue.status().toLowerCase()
                                + (issue.resolution() == null ? "" : " (" + issue.resolution() + ")"))
                        .collect(Collectors.joining(", "))) + ".");
        agenda.removeAll();
        content.agenda().forEach(bullet -> agenda.add(new ListItem(bullet)));
    }

    /** Latest score with its change since the episode's first; the numbers are the outcome rules'. */
    private static String measure(MeasureSummary summary) {
        if (summary == null) {
            return "not answered";
        }
        return summary.latest() + (summary.change() == null ? "" : " (" + (summary.change() > 0 ? "+" : "")
                + summary.change() + ")");
    }
}
