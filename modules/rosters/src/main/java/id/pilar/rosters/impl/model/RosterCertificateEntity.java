package id.pilar.rosters.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A training a member completed and the certificate it gave. */
@Entity
@Audited
@Table(name = "ros_certificate")
public class RosterCertificateEntity extends BaseEntity {

    @Column(name = "member_id", nullable = false)
    public String memberId;
    @Column(name = "training_name", nullable = false)
    public String trainingName;
    @Column(name = "skill_code", nullable = false)
    public String skillCode;
    @Column(name = "issuer")
    public String issuer;
    @Column(name = "certificate_number")
    public String certificateNumber;
    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;
    @Column(name = "expires_on")
    public LocalDate expiresOn;
}
