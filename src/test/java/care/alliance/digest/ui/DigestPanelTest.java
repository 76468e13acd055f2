package care.alliance.digest.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;

import care.alliance.digest.DigestContent;
import care.alliance.digest.DigestJson;
import care.alliance.digest.ShownDigest;
import care.alliance.digest.StoredDigest;
import care.alliance.outcomes.Instrument;
import care.alliance.outcomes.LiveStatus;
import care.alliance.outcomes.MeasureSummary;
import care.alliance.shared.ui.DisplayTime;

class DigestPanelTest {

    private static final Instant BUILT = Instant.parse("2026-10-25T17:00:00Z");
    private static final Instant SINCE = Instant.parse("2026-10-11T09:00:00Z");

    private static StoredDigest stored() {
        return stored(null);
    }

    private static StoredDigest stored(DigestContent.DataSummaryLine summary) {
        DigestContent content = new DigestContent("apt-88", 2, BUILT, SINCE, BUILT,
                new DigestContent.Mood(5, 15, 5.4, -0.3, 3),
                new DigestContent.Questionnaires(new MeasureSummary(16, 9, -7, Instrument.PHQ9.severityOf(9)), null,
                        LiveStatus.ON_TRACK, LiveStatus.ON_TRACK.label()),
                List.of(new DigestContent.ModuleLine("PSYCHOEDUCATION", 100, true, false),
                        new DigestContent.ModuleLine("BEHAVIOURAL_ACTIVATION", 30, false, true)),
                List.of(new DigestContent.RiskFlagLine(SINCE.plus(Duration.ofDays(2)), "PHQ-9 item 9 scored 2", true,
                        true)),
                List.of(new DigestContent.IssueLine("SYNC", "RESOLVED", SINCE, "Reinstalled")),
                2, new DigestContent.Diary(4, 2), List.of("One", "Two", "Three"), summary);
        return new StoredDigest("apt-88", 1L, 2, BUILT, SINCE, BUILT, DigestJson.write(content));
    }

    @Test
    @DisplayName("H06_ the digest says when it was built and which period it covers, in London time; every §6 field shows")
    void H06_builtPeriodAndEveryField() {
        DigestPanel panel = new DigestPanel();
        panel.show(new ShownDigest(stored(), BUILT.minus(Duration.ofHours(1))));
        assertThat(find(panel, "digest-empty").isVisible()).isFalse();
        assertThat(find(panel, "digest-stale").isVisible()).as("no data after the build").isFalse();
        assertThat(text(panel, "digest-built")).isEqualTo("Built " + DisplayTime.dateTime(BUILT)
                + " (version 2) for appointment apt-88; covers " + DisplayTime.dateTime(SINCE) + " to "
                + DisplayTime.dateTime(BUILT) + ".");
        assertThat(text(panel, "digest-mood")).isEqualTo("Rated on 5 of 15 days; mean 5.4, lowest 3, trend -0.3 a day.");
        assertThat(text(panel, "digest-questionnaires")).isEqualTo("PHQ-9 9 mild (-7 since first); GAD-7 not answered. "
                + LiveStatus.ON_TRACK.label());
        assertThat(text(panel, "digest-risk")).startsWith("RISK FLAG OPEN: 1 open; 1 raised since the last session.")
                .contains("PHQ-9 item 9 scored 2");
        assertThat(text(panel, "digest-modules")).isEqualTo("Psychoeducation 100% (completed since the last session); "
                + "Behavioural activation 30% (stuck: no progress for 14 days).");
        assertThat(text(panel, "digest-diary")).isEqualTo("2 of 4 planned activities done.");
        assertThat(text(panel, "digest-messages")).isEqualTo("2 unread messages");
        assertThat(text(panel, "digest-issues")).isEqualTo("Data not syncing: resolved (Reinstalled).");
        assertThat(find(panel, "digest-agenda").getChildren().map(item -> ((ListItem) item).getText()).toList())
                .containsExactly("One", "Two", "Three");
    }

    @Test
    @DisplayName("H06_ data received after the build marks the digest stale on screen, with when it arrived")
    void H06_staleMarker() {
        DigestPanel panel = new DigestPanel();
        Instant arrived = BUILT.plus(Duration.ofMinutes(40));
        panel.show(new ShownDigest(stored(), arrived));
        assertThat(find(panel, "digest-stale").isVisible()).isTrue();
        assertThat(text(panel, "digest-stale")).startsWith("New data since this digest was built: data arrived "
                + DisplayTime.dateTime(arrived));
        assertThat(find(panel, "digest-stale").getElement().getAttribute("role")).isEqualTo("status");

        panel.show(new ShownDigest(stored(), null));
        assertThat(find(panel, "digest-stale").isVisible()).as("no programme data at all").isFalse();
    }

    @Test
    void theNavigatorsSummaryShowsWithItsAuthorTimeAndFactsOrSaysThereIsNone() {
        DigestPanel panel = new DigestPanel();
        Instant published = SINCE.plus(Duration.ofDays(3));
        panel.show(new ShownDigest(stored(new DigestContent.DataSummaryLine("Nora Nav", published,
                "Reminders fixed; logs in most days.", "Last 14 days (…). Engagement: 9 successful logins.")), null));
        assertThat(text(panel, "digest-data-summary")).isEqualTo("\u201cReminders fixed; logs in most days.\u201d (Nora Nav, "
                + DisplayTime.dateTime(published) + ") Last 14 days (…). Engagement: 9 successful logins.");

        panel.show(new ShownDigest(stored(), null));
        assertThat(text(panel, "digest-data-summary")).isEqualTo("None published since the last session.");
    }

    @Test
    void aDigestStoredBeforeSummariesExistedStillParsesAndShows() {
        StoredDigest current = stored();
        String json = DigestJson.write(current.content());
        String old = json.replace(",\"dataSummary\":null", "");
        assertThat(old).isNotEqualTo(json).doesNotContain("dataSummary");
        StoredDigest before = new StoredDigest("apt-88", 1L, 2, BUILT, SINCE, BUILT, old);

        assertThat(before.content()).isEqualTo(current.content());
        DigestPanel panel = new DigestPanel();
        panel.show(new ShownDigest(before, null));
        assertThat(text(panel, "digest-mood")).isEqualTo("Rated on 5 of 15 days; mean 5.4, lowest 3, trend -0.3 a day.");
        assertThat(text(panel, "digest-data-summary")).isEqualTo("None published since the last session.");
    }

    @Test
    void withoutADigestOnlyTheEmptyStateShows() {
        DigestPanel panel = new DigestPanel();
        panel.show(null);
        assertThat(panel.getChildren().filter(Component::isVisible).map(c -> c.getId().orElse("heading")).toList())
                .containsExactly("heading", "digest-empty");
    }

    private static Component find(Component root, String id) {
        if (id.equals(root.getId().orElse(null))) {
            return root;
        }
        return root.getChildren().map(child -> find(child, id)).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
    }

    private static String text(Component root, String id) {
        Component found = find(root, id);
        assertThat(found).as(id).isNotNull();
        return found.getElement().getText();
    }
}
