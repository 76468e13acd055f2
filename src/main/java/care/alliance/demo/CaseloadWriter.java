package care.alliance.demo;

import static care.alliance.demo.DemoTime.between;
import static care.alliance.demo.DemoTime.chance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes one PWP's caseload: for each patient the patient row, one episode, its appointments and,
 * once set up in the programme, its activity. Each patient draws from its own split of the PWP's
 * random, so one patient's details never shift another's.
 */
final class CaseloadWriter {

    private static final List<DemoCast> CAST = List.of(DemoCast.OPEN_RISK, DemoCast.REMINDER_STORM,
            DemoCast.REMINDERS_STOPPED, DemoCast.LOGIN_LOCKED);

    private final DemoTables tables;
    private final DemoSpec spec;
    private final SequenceIdBlocks patientIds;
    private final SequenceIdBlocks episodeIds;
    private final SequenceIdBlocks appointmentIds;
    private final EpisodePlanner planner;
    private final List<PatientWriter> activity;
    private long patientNumber = 1000;

    CaseloadWriter(JdbcTemplate jdbc, DemoTables tables, DemoSpec spec) {
        this.tables = tables;
        this.spec = spec;
        this.patientIds = new SequenceIdBlocks(jdbc, "patient_seq");
        this.episodeIds = new SequenceIdBlocks(jdbc, "episode_seq");
        this.appointmentIds = new SequenceIdBlocks(jdbc, "appointment_seq");
        this.planner = new EpisodePlanner(spec.today(), spec.weeksOfActivity());
        LocalDate today = spec.today();
        int weeks = spec.weeksOfActivity();
        Notifications notifications = new Notifications(tables, today);
        Questionnaires questionnaires = new Questionnaires(tables, new SequenceIdBlocks(jdbc, "risk_flag_seq"),
                today, weeks);
        this.activity = List.of(questionnaires::write, new DailyProgramme(tables, notifications, today, weeks)::write,
                new CourseWork(tables, notifications, today, weeks)::write,
                new Messages(tables, notifications, today)::write);
    }

    /** Writes the caseload; the first PWP's caseload opens with the demo's problem patients. */
    void write(long pwpId, long serviceId, boolean withCast, SplittableRandom random) {
        List<Stage> stages = stages(random, withCast);
        PwpDiary diary = new PwpDiary();
        for (int i = 0; i < stages.size(); i++) {
            SplittableRandom r = random.split();
            DemoCast cast = withCast && i < CAST.size() ? CAST.get(i) : DemoCast.NONE;
            EpisodePlan plan = planner.plan(stages.get(i), r, diary);
            while (cast != DemoCast.NONE && plan.activeFrom().isAfter(spec.today().minusDays(21))) {
                plan = planner.plan(Stage.IN_TREATMENT, r, diary); // the cast needs some history to show
            }
            long patientId = patientIds.next();
            String name = cast == DemoCast.NONE ? PatientNames.next(r) : cast.displayName;
            tables.patient.add(patientId, "mb-" + (++patientNumber), name, serviceId,
                    DemoTime.utc(plan.referredOn(), DemoTime.minute(9, 0)));
            long episodeId = episodeIds.next();
            tables.episode.add(episodeId, patientId, pwpId, plan.referredOn(), plan.assessedOn(),
                    plan.firstTreatmentOn(), plan.secondTreatmentOn(), plan.dischargedOn());
            for (Slot slot : plan.slots()) {
                tables.appointment.add(appointmentIds.next(), tables.appointment.nextEventId(), episodeId,
                        patientId, pwpId, slot.kind(), slot.startUtc(), Slot.MINUTES, slot.status());
            }
            if (plan.active()) {
                PatientContext context = context(patientId, pwpId, plan, cast, r);
                activity.forEach(writer -> writer.write(context));
            }
        }
    }

    /** Stage quotas for a caseload of varying size, shuffled; the cast comes first, in treatment. */
    private List<Stage> stages(SplittableRandom random, boolean withCast) {
        double variation = spec.caseloadVariation() * (2 * random.nextDouble() - 1);
        int size = (int) Math.round(spec.patientsPerPwp() * (1 + variation));
        List<Stage> stages = new ArrayList<>(size);
        for (Stage stage : Stage.values()) {
            long quota = stage == Stage.IN_TREATMENT ? 0 : Math.max(1, Math.round(size * stage.share));
            stages.addAll(Collections.nCopies((int) quota, stage));
        }
        stages.addAll(Collections.nCopies(size - stages.size(), Stage.IN_TREATMENT));
        Collections.shuffle(stages, new Random(random.nextLong()));
        if (withCast) {
            CAST.forEach(cast -> stages.remove(Stage.IN_TREATMENT));
            CAST.forEach(cast -> stages.addFirst(Stage.IN_TREATMENT));
        }
        return stages;
    }

    private PatientContext context(long patientId, long pwpId, EpisodePlan plan, DemoCast cast, SplittableRandom r) {
        Trajectory trajectory = cast == DemoCast.OPEN_RISK ? Trajectory.deteriorating(r, between(r, 12, 16), 10)
                : Trajectory.draw(r);
        double adherence = cast != DemoCast.NONE ? 0.85
                : plan.stage() == Stage.DROPPED_OUT ? r.nextDouble(0.25, 0.5) : r.nextDouble(0.55, 0.95);
        long days = ChronoUnit.DAYS.between(plan.activeFrom(), plan.activeUntil());
        boolean gap = cast == DemoCast.NONE && days > 10 && chance(r, 0.4);
        return new PatientContext(patientId, pwpId, plan, trajectory, cast, adherence,
                gap ? plan.activeFrom().plusDays(r.nextLong(days - 3)) : null, between(r, 3, 6), r);
    }

    /** One kind of programme activity for one patient. */
    interface PatientWriter {
        void write(PatientContext patient);
    }
}
