package care.alliance.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.html.ListItem;

import care.alliance.digest.DigestContent;
import care.alliance.digest.DigestJson;
import care.alliance.digest.StoredDigest;
import care.alliance.outcomes.Instrument;
import care.alliance.outcomes.LiveStatus;
import care.alliance.outcomes.MeasureSummary;
import care.alliance.shared.ui.DisplayTime;

class DigestSectionTest {

    private static final Instant BUILT = Instant.parse("2026-10-25T17:00:00Z");
    private static final Instant SINCE = Instant.parse("2026-10-11T09:00:00Z");

    private static StoredDigest stored() {
        DigestContent content = new DigestContent("apt-88", 2, BUILT, SINCE, BUILT,
                new DigestContent.Mood(5, 15, 5.4, -0.3, 3),
                new DigestContent.Questionnaires(new MeasureSummary(16, 9, -7, Instrument.PHQ9.severityOf(9)), null,
                        LiveStatus.ON_TRACK, LiveStatus.ON_TRACK.label()),
                List.of(), List.of(), List.of(new DigestContent.IssueLine("SYNC", "RESOLVED", SINCE, "Reinstalled")),
                2, new DigestContent.Diary(4, 2), List.of("One", "Two", "Three"));
        return new StoredDigest("apt-88", 1L, 2, BUILT, SINCE, BUILT, DigestJson.write(content));
    }

    @Test
    @DisplayName("H06_ the digest says when it was built and which period it covers, in London time")
    void H06_builtAndPeriod() {
        DigestSection section = new DigestSection();
        section.show(stored());
        assertThat(section.getChildren().filter(c -> "digest-empty".equals(c.getId().orElse(null)))
                .findFirst().orElseThrow().isVisible()).isFalse();
        assertThat(text(section, "digest-built")).isEqualTo("Built " + DisplayTime.dateTime(BUILT)
                + " (version 2) for appointment apt-88; covers " + DisplayTime.dateTime(SINCE) + " to "
                + DisplayTime.dateTime(BUILT) + ".");
        assertThat(text(section, "digest-facts")).contains("Mood rated on 5 of 15 days, mean 5.4, lowest 3",
                "PHQ-9 9 (-7), GAD-7 not answered: " + LiveStatus.ON_TRACK.label(), "Unread messages: 2",
                "Activities done 2 of 4 planned", "SYNC resolved (Reinstalled)");
        assertThat(section.getChildren().filter(c -> "digest-agenda".equals(c.getId().orElse(null))).findFirst()
                .orElseThrow().getChildren().map(item -> ((ListItem) item).getText()).toList())
                .containsExactly("One", "Two", "Three");
    }

    @Test
    void withoutADigestOnlyTheEmptyStateShows() {
        DigestSection section = new DigestSection();
        section.show(null);
        assertThat(section.getChildren().filter(c -> c.isVisible()).map(c -> c.getId().orElse("heading")).toList())
                .containsExactly("heading", "digest-empty");
    }

    private static String text(DigestSection section, String id) {
        return section.getChildren().filter(c -> id.equals(c.getId().orElse(null))).findFirst().orElseThrow()
                .getElement().getText();
    }
}
