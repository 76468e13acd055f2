package care.alliance.patients.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "patient")
public class Patient {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "patient_seq")
    @SequenceGenerator(name = "patient_seq", sequenceName = "patient_seq", allocationSize = 50)
    private Long id;

    @Column(name = "programme_id", nullable = false, unique = true, length = 64)
    private String programmeId;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "service_id", nullable = false)
    private Long serviceId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Patient() {
    }

    public Patient(String programmeId, String displayName, long serviceId, Instant createdAt) {
        this.programmeId = programmeId;
        this.displayName = displayName;
        this.serviceId = serviceId;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getProgrammeId() {
        return programmeId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Long getServiceId() {
        return serviceId;
    }
}
