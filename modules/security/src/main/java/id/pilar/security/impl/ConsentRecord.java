package id.pilar.security.impl;

import id.pilar.core.persistence.BaseEntity;
import id.pilar.security.api.Consents.ConsentInfo;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** One consent of a person for one purpose (UU PDP). Audited, so withdrawal shows in the history. */
@Entity
@Audited
@Table(name = "pdp_consent")
public class ConsentRecord extends BaseEntity {

    @Column(name = "person_id", nullable = false)
    private String personId;

    @Column(name = "purpose", nullable = false)
    private String purpose;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(name = "evidence", nullable = false)
    private String evidence;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    protected ConsentRecord() {
    }

    ConsentRecord(String personId, String purpose, LocalDate givenOn, String evidence) {
        this.personId = personId;
        this.purpose = purpose;
        this.givenOn = givenOn;
        this.evidence = evidence;
    }

    ConsentInfo info() {
        return new ConsentInfo(getId(), personId, purpose, givenOn, evidence, withdrawnOn, getUpdatedBy(), getUpdatedAt());
    }

    LocalDate withdrawnOn() {
        return withdrawnOn;
    }

    void withdraw(LocalDate on) {
        this.withdrawnOn = on;
    }
}
