package care.alliance.timebudget.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import care.alliance.timebudget.EntrySource;
import care.alliance.timebudget.EntryState;
import care.alliance.timebudget.TimeEntry;
import care.alliance.timebudget.TimeKind;

/** The ledger's words for a state: a withdrawn appointment is explained, a correction keeps the captured minutes. */
class LedgerTextTest {

    @Test
    void withdrawnAndCorrectedEntriesSayWhy() {
        TimeEntry withdrawn = entry(EntryState.CONFIRMED, 30, 30, true, null);
        TimeEntry corrected = entry(EntryState.CORRECTED, 50, 30, false, "ran over");

        assertThat(LedgerPanel.state(withdrawn)).isEqualTo("Confirmed · appointment no longer recorded as attended");
        assertThat(LedgerPanel.state(corrected)).isEqualTo("Corrected · ran over");
        assertThat(LedgerPanel.minutes(corrected)).isEqualTo("50 min (captured 30 min)");
        assertThat(LedgerPanel.state(entry(EntryState.REJECTED, 30, 30, false, null))).isEqualTo("Rejected (does not count)");
        assertThat(TimeText.minutes(90)).isEqualTo("1 h 30");
    }

    private static TimeEntry entry(EntryState state, int minutes, int captured, boolean withdrawn, String note) {
        return new TimeEntry(1, 2, LocalDate.of(2026, 11, 23), minutes, TimeKind.FACE_TO_FACE, 3L, "P. Patient",
                EntrySource.AUTO, state, captured, "appointment:9", withdrawn, note, Instant.EPOCH, null, 0);
    }
}
