package care.alliance.demo;

import static care.alliance.demo.DemoTime.between;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * PHQ-9 and GAD-7 with the assessment and every face-to-face session (every other session), filled
 * in on the app shortly before the session. Items are 0-3 and the total is their sum, as the CHECK
 * and clinical.md section 1 demand. An item 9 above 0 always comes with its risk flag (H01): an
 * OPEN one for the demo's risk patient, a REVIEWED one for the few whose flag was dealt with.
 */
final class Questionnaires {

    private final DemoTables tables;
    private final SequenceIdBlocks riskFlagIds;
    private final LocalDate today;
    private final int programmeDays;

    Questionnaires(DemoTables tables, SequenceIdBlocks riskFlagIds, LocalDate today, int weeks) {
        this.tables = tables;
        this.riskFlagIds = riskFlagIds;
        this.today = today;
        this.programmeDays = weeks * 7;
    }

    void write(PatientContext p) {
        Slot lastMeasured = p.plan().slots().stream().filter(s -> s.measured() && s.day().isBefore(today))
                .reduce((first, second) -> second).orElse(null);
        boolean reviewedRiskPending = p.random().nextDouble() < 0.04;
        for (Slot slot : p.plan().slots()) {
            if (!slot.measured() || !slot.day().isBefore(today)) {
                continue;
            }
            LocalDateTime at = slot.startUtc().minusMinutes(between(p.random(), 30, 180));
            double progress = ChronoUnit.DAYS.between(p.plan().assessedOn(), slot.day()) / (double) programmeDays;
            int item9 = 0;
            boolean open = false;
            if (p.cast() == DemoCast.OPEN_RISK && slot == lastMeasured) {
                item9 = 2;
                open = true;
            } else if (reviewedRiskPending && slot.day().isBefore(today.minusDays(3))) {
                item9 = 1;
                reviewedRiskPending = false;
            }
            String phqEvent = questionnaire(p, "PHQ9", at, p.trajectory().phq(progress, p.random()), 9, item9);
            questionnaire(p, "GAD7", at.plusMinutes(4), p.trajectory().gad(progress, p.random()), 7, null);
            if (item9 > 0) {
                riskFlag(p, phqEvent, at.plusSeconds(1), item9, open);
            }
        }
    }

    /** Writes one questionnaire whose items sum to {@code total} (plus item 9 when given). */
    private String questionnaire(PatientContext p, String instrument, LocalDateTime at, int total, int items,
            Integer item9) {
        int[] scores = new int[9];
        int free = item9 == null ? items : items - 1;
        for (int left = Math.min(total, free * 3); left > 0; ) {
            int i = p.random().nextInt(free);
            if (scores[i] < 3) {
                scores[i]++;
                left--;
            }
        }
        int sum = 0;
        Object[] row = new Object[14];
        String eventId = tables.questionnaire.nextEventId();
        row[0] = eventId;
        row[1] = p.patientId();
        row[2] = instrument;
        row[3] = at;
        for (int i = 0; i < 9; i++) {
            Integer value = i < free ? Integer.valueOf(scores[i]) : (i == 8 && item9 != null ? item9 : null);
            row[4 + i] = value;
            sum += value == null ? 0 : value;
        }
        row[13] = sum;
        tables.questionnaire.add(row);
        return eventId;
    }

    private void riskFlag(PatientContext p, String questionnaireEvent, LocalDateTime raisedAt, int item9,
            boolean open) {
        String reason = "PHQ-9 item 9 scored " + item9;
        if (open) {
            tables.riskFlag.add(riskFlagIds.next(), p.patientId(), questionnaireEvent, raisedAt, reason, "OPEN",
                    null, null, null);
        } else {
            tables.riskFlag.add(riskFlagIds.next(), p.patientId(), questionnaireEvent, raisedAt, reason,
                    "REVIEWED", p.pwpId(), raisedAt.plusDays(1).plusMinutes(between(p.random(), 10, 300)),
                    "Discussed at session: passive thoughts, no plan or intent; safety plan agreed.");
        }
    }
}
