package care.alliance.patients.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import care.alliance.patients.EpisodeDates;
import care.alliance.patients.EpisodeStage;

/** One referral. Ids, not associations, link it to patient and PWP: reads stay explicit, no lazy N+1. */
@Entity
@Table(name = "episode")
public class Episode {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "episode_seq")
    @SequenceGenerator(name = "episode_seq", sequenceName = "episode_seq", allocationSize = 50)
    private Long id;

    @Column(name = "patient_id", nullable = false)
    private Long patientId;

    @Column(name = "pwp_id", nullable = false)
    private Long pwpId;

    @Column(name = "referred_on", nullable = false)
    private LocalDate referredOn;

    @Column(name = "assessed_on")
    private LocalDate assessedOn;

    @Column(name = "first_treatment_on")
    private LocalDate firstTreatmentOn;

    @Column(name = "second_treatment_on")
    private LocalDate secondTreatmentOn;

    @Column(name = "discharged_on")
    private LocalDate dischargedOn;

    protected Episode() {
    }

    public Episode(long patientId, long pwpId, LocalDate referredOn) {
        this.patientId = patientId;
        this.pwpId = pwpId;
        this.referredOn = referredOn;
    }

    public Long getId() {
        return id;
    }

    public Long getPatientId() {
        return patientId;
    }

    public Long getPwpId() {
        return pwpId;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public LocalDate getFirstTreatmentOn() {
        return firstTreatmentOn;
    }

    public LocalDate getSecondTreatmentOn() {
        return secondTreatmentOn;
    }

    public LocalDate getDischargedOn() {
        return dischargedOn;
    }

    public boolean isDischarged() {
        return dischargedOn != null;
    }

    public void discharge(LocalDate on) {
        this.dischargedOn = on;
    }

    /** Stage dates are always derived from the attended appointments, never patched one by one. */
    public void restage(StageDates dates) {
        this.assessedOn = dates.assessedOn();
        this.firstTreatmentOn = dates.firstTreatmentOn();
        this.secondTreatmentOn = dates.secondTreatmentOn();
    }

    public EpisodeDates dates() {
        return new EpisodeDates(referredOn, assessedOn, firstTreatmentOn, secondTreatmentOn, dischargedOn);
    }

    public EpisodeStage stage() {
        return EpisodeStage.of(assessedOn, firstTreatmentOn, secondTreatmentOn, dischargedOn);
    }
}
