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

@Entity
@Table(name = "appointment")
public class Appointment {

    public enum Kind { ASSESSMENT, FACE_TO_FACE, ONLINE_REVIEW }

    public enum Status { BOOKED, ATTENDED, DID_NOT_ATTEND, CANCELLED }

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
    private Kind kind;

    @Column(name = "start_at", nullable = false)
    private Instant startAt;

    @Column(nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    protected Appointment() {
    }

    public Appointment(String externalId, long episodeId, long patientId, long pwpId, Kind kind, Instant startAt,
            int minutes) {
        this.externalId = externalId;
        this.episodeId = episodeId;
        this.patientId = patientId;
        this.pwpId = pwpId;
        this.kind = kind;
        this.startAt = startAt;
        this.minutes = minutes;
        this.status = Status.BOOKED;
    }

    public Long getId() {
        return id;
    }

    public Status getStatus() {
        return status;
    }
}
