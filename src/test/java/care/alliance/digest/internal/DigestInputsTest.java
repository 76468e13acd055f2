package care.alliance.digest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import care.alliance.navigator.DataSummary;
import care.alliance.navigator.DataSummaryFacts;

/** The fingerprint that decides whether a rebuild stores a new version. */
class DigestInputsTest {

    private static final Instant T = Instant.parse("2026-11-20T09:00:00Z");

    @Test
    void withoutASummaryTheFingerprintIsTheOneDigestsWereStoredWithBeforeSummariesExisted() throws Exception {
        DigestInputs inputs = inputs(null);
        String before = "DigestInputs[appointment=apt, patientId=7, since=" + T + ", zone=Europe/London, dates=null,"
                + " attendedTreatmentSessions=2, moods=[], scores=[], modules=[], riskFlags=[], diary=[],"
                + " unreadMessages=1, issues=[]]";

        assertThat(inputs.fingerprint()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(before.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aSummaryChangesTheFingerprintAndEachSummaryGivesItsOwn() {
        DataSummaryFacts facts = new DataSummaryFacts(LocalDate.of(2026, 11, 7), LocalDate.of(2026, 11, 20), 14, 1, 1,
                T, 1, 0, 0, 0, 0, 0, 0, List.of());
        String first = inputs(new DataSummary(1, 7, "Nora", T, facts, "All fine in the app.")).fingerprint();
        String second = inputs(new DataSummary(2, 7, "Nora", T.plusSeconds(60), facts, "All fine in the app."))
                .fingerprint();

        assertThat(first).isNotEqualTo(inputs(null).fingerprint()).isNotEqualTo(second);
    }

    private static DigestInputs inputs(DataSummary summary) {
        return new DigestInputs("apt", 7, T, ZoneId.of("Europe/London"), null, 2, List.of(), List.of(), List.of(),
                List.of(), List.of(), 1, List.of(), summary);
    }
}
