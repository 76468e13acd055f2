package care.alliance.patients.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import care.alliance.patients.AppointmentKind;
import care.alliance.patients.AppointmentStatus;

@Entity
@Table(name = "appointment")
public class Appointment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment_seq")
    @SequenceGenerator(name = "appointment_seq", sequenceName = "appointment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "external_id", nullable = false, unique = true, length = 64)
    private String externalId;

    @Column(name = "episode_id", nullable = false)
    private Long episodeId;

    @Column(name = "patient_id", nullable = false)
    private Long patientId;

    @Column(name = "pwp_id", nullable = false)
    private Long pwpId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AppointmentKind kind;

    @Column(name = "start_at", nullable = false)
    private Instant startAt;

    @Column(nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AppointmentStatus status;

    protected Appointment() {
    }

    public Appointment(String externalId, long episodeId, long patientId, long pwpId, AppointmentKind kind,
            Instant startAt, int minutes) {
        this.externalId = externalId;
        this.episodeId = episodeId;
        this.patientId = patientId;
        this.pwpId = pwpId;
        this.kind = kind;
        this.startAt = startAt;
        this.minutes = minutes;
        this.status = AppointmentStatus.BOOKED;
    }

    public Long getId() {
        return id;
    }

    public String getExternalId() {
        return externalId;
    }

    public Long getEpisodeId() {
        return episodeId;
    }

    public Long getPatientId() {
        return patientId;
    }

    public AppointmentKind getKind() {
        return kind;
    }

    public Instant getStartAt() {
        return startAt;
    }

    public int getMinutes() {
        return minutes;
    }

    public AppointmentStatus getStatus() {
        return status;
    }

    /** What happened, as the programme reports it; a later report corrects an earlier one. */
    public void record(AppointmentStatus outcome) {
        this.status = outcome;
    }
}
