package care.alliance.digest.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import care.alliance.digest.DigestContent;
import care.alliance.digest.ShownDigest;
import care.alliance.navigator.IssueStatus;
import care.alliance.navigator.TechnicalIssueCategory;
import care.alliance.outcomes.MeasureSummary;
import care.alliance.shared.ui.DisplayText;
import care.alliance.shared.ui.DisplayTime;

/**
 * One pre-session digest on one screen (clinical.md §6), from the stored text exactly as it was built.
 * When it was built and what period it covers come first, and a digest with data newer than itself
 * says so in words (H06), so nobody takes an old digest for today's. Used by the digest page and the
 * patient page.
 */
public class DigestPanel extends VerticalLayout {

    public static final String NONE = "No digest has been built for this patient yet.";
    static final String STALE = "New data since this digest was built";

    private final Paragraph none = new Paragraph(NONE);
    private final Paragraph built = new Paragraph();
    private final Div stale = new Div();
    private final Div body = new Div();

    public DigestPanel() {
        setId("digest");
        setPadding(false);
        addClassName("alliance-digest");
        none.setId("digest-empty");
        built.setId("digest-built");
        stale.setId("digest-stale");
        stale.addClassName("alliance-digest-stale");
        stale.getElement().setAttribute("role", "status");
        add(new H3("Pre-session digest"), none, built, stale, body);
        show(null);
    }

    /** {@code shown} is {@code null} while no digest has been built. */
    public void show(ShownDigest shown) {
        none.setVisible(shown == null);
        built.setVisible(shown != null);
        body.setVisible(shown != null);
        stale.setVisible(shown != null && shown.stale());
        body.removeAll();
        if (shown == null) {
            return;
        }
        DigestContent content = shown.digest().content();
        built.setText("Built " + DisplayTime.dateTime(content.builtAt()) + " (version " + content.version()
                + ") for appointment " + content.appointment() + "; covers " + DisplayTime.dateTime(content.since())
                + " to " + DisplayTime.dateTime(content.until()) + ".");
        if (shown.stale()) {
            stale.setText(STALE + ": data arrived " + DisplayTime.dateTime(shown.newDataAt())
                    + ". It is rebuilt 2 hours before the session; the patient page shows everything now.");
        }
        OrderedList agenda = new OrderedList();
        agenda.setId("digest-agenda");
        content.agenda().forEach(bullet -> agenda.add(new ListItem(bullet)));
        Div facts = new Div(
                fact("digest-mood", "Mood ratings", mood(content.mood())),
                fact("digest-questionnaires", "Questionnaires", questionnaires(content.questionnaires())),
                fact("digest-risk", "Risk flags", riskFlags(content.riskFlags())),
                fact("digest-modules", "Modules", modules(content.modules())),
                fact("digest-diary", "Activities (behavioural activation)", diary(content.diary())),
                fact("digest-messages", "Messages", content.unreadMessages() == 0 ? "No unread messages"
                        : content.unreadMessages() + " unread message" + (content.unreadMessages() == 1 ? "" : "s")),
                fact("digest-issues", "Technical issues", issues(content.openIssues())),
                fact("digest-data-summary", "Navigator's data summary", dataSummary(content.dataSummary())));
        facts.addClassName("alliance-digest-facts");
        body.add(new H4("Suggested agenda"), agenda, facts);
    }

    private static Component fact(String id, String title, String text) {
        Span heading = new Span(title);
        heading.addClassName("alliance-digest-fact-title");
        Paragraph value = new Paragraph(text);
        value.setId(id);
        Div box = new Div(heading, value);
        box.addClassName("alliance-digest-fact");
        return box;
    }

    static String mood(DigestContent.Mood mood) {
        String rated = "Rated on " + mood.daysRated() + " of " + mood.days() + " days";
        if (mood.mean() == null) {
            return rated + ".";
        }
        return rated + "; mean " + mood.mean() + ", lowest " + mood.lowest()
                + (mood.trend() == null ? "" : ", trend " + (mood.trend() > 0 ? "+" : "") + mood.trend() + " a day")
                + ".";
    }

    static String questionnaires(DigestContent.Questionnaires questionnaires) {
        return "PHQ-9 " + measure(questionnaires.phq9()) + "; GAD-7 " + measure(questionnaires.gad7()) + ". "
                + questionnaires.verdict();
    }

    /** Latest score, severity and change since the episode's first; the numbers are the outcome rules'. */
    private static String measure(MeasureSummary summary) {
        if (summary == null || summary.latest() == null) {
            return "not answered";
        }
        return summary.latest() + (summary.severity() == null ? ""
                : " " + summary.severity().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                + (summary.change() == null ? "" : " (" + DisplayText.signed(summary.change()) + " since first)");
    }

    static String riskFlags(List<DigestContent.RiskFlagLine> flags) {
        long open = flags.stream().filter(DigestContent.RiskFlagLine::open).count();
        long inPeriod = flags.stream().filter(DigestContent.RiskFlagLine::raisedInPeriod).count();
        if (flags.isEmpty()) {
            return "None.";
        }
        return (open == 0 ? "No open risk flag" : "RISK FLAG OPEN: " + open + " open") + "; " + inPeriod
                + " raised since the last session. " + flags.stream().filter(DigestContent.RiskFlagLine::open)
                        .map(flag -> DisplayTime.dateTime(flag.raisedAt()) + ": " + flag.reason())
                        .collect(Collectors.joining("; "));
    }

    static String modules(List<DigestContent.ModuleLine> modules) {
        if (modules.isEmpty()) {
            return "No module started yet.";
        }
        return modules.stream().map(line -> DisplayText.code(line.module()) + " " + line.percent() + "%"
                + (line.completedInPeriod() ? " (completed since the last session)" : "")
                + (line.stuck() ? " (stuck: no progress for 14 days)" : ""))
                .collect(Collectors.joining("; ")) + ".";
    }

    static String diary(DigestContent.Diary diary) {
        return diary.planned() == 0 ? "None planned since the last session."
                : diary.completed() + " of " + diary.planned() + " planned activities done.";
    }

    /** {@code null} also in digests stored before summaries existed: none had been published then either. */
    static String dataSummary(DigestContent.DataSummaryLine summary) {
        if (summary == null) {
            return "None published since the last session.";
        }
        return "\u201c" + summary.words() + "\u201d (" + summary.author() + ", "
                + DisplayTime.dateTime(summary.publishedAt()) + ") " + summary.facts();
    }

    static String issues(List<DigestContent.IssueLine> issues) {
        if (issues.isEmpty()) {
            return "None open.";
        }
        return issues.stream().map(issue -> category(issue.category()) + ": " + status(issue.status())
                + (issue.resolution() == null ? "" : " (" + issue.resolution() + ")"))
                .collect(Collectors.joining("; ")) + ".";
    }

    private static String category(String code) {
        try {
            return TechnicalIssueCategory.valueOf(code).label();
        } catch (IllegalArgumentException unknownInAnOldDigest) {
            return DisplayText.code(code);
        }
    }

    private static String status(String code) {
        try {
            return IssueStatus.valueOf(code).label().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException unknownInAnOldDigest) {
            return DisplayText.code(code).toLowerCase(Locale.ROOT);
        }
    }
}
