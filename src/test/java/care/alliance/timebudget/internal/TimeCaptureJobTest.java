package care.alliance.timebudget.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import care.alliance.AllianceTest;
import care.alliance.caseload.CaseloadData;

/** The nightly catch-up covers the last 14 days and is idempotent; the context tests run without it. */
@AllianceTest
class TimeCaptureJobTest {

    /** Long before any other test's appointments, so the job's window holds only this test's. */
    static final Instant NOW = Instant.parse("2025-03-01T02:30:00Z");

    @Autowired
    AppointmentCapture capture;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Scheduler scheduler;

    @Test
    void theJobCapturesTheLastFourteenDaysOnceAndNothingOlder() {
        CaseloadData data = new CaseloadData(jdbc);
        long service = data.service("t-capture-job");
        long pwp = data.staff("t.pwp.capture.job", "Jo Job", "PWP", service);
        long episode = data.patient("t-tb-job-1", "J. Job", service, pwp, null, null);
        long inside = data.appointment(episode, "FACE_TO_FACE", NOW.minus(TimeCaptureJob.WINDOW).plusSeconds(60),
                "ATTENDED");
        long outside = data.appointment(episode, "FACE_TO_FACE", NOW.minus(TimeCaptureJob.WINDOW).minusSeconds(60),
                "ATTENDED");
        TimeCaptureJob job = new TimeCaptureJob(capture, Clock.fixed(NOW, ZoneOffset.UTC));

        job.execute(null);
        job.execute(null);

        assertThat(entries(inside)).isOne();
        assertThat(entries(outside)).isZero();
    }

    @Test
    void theContextTestsRunWithoutTheSchedule() throws SchedulerException {
        assertThat(scheduler.checkExists(TimeCaptureSchedule.JOB)).isFalse();
    }

    private int entries(long appointment) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM time_entry WHERE appointment_id = ?", Integer.class,
                appointment);
    }
}
