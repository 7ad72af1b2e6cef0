package id.pilar.cases.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A referral of a case to an institution. */
@Entity
@Audited
@Table(name = "case_referral")
public class CaseReferralEntity extends BaseEntity {

    @Column(name = "case_id", nullable = false)
    public String caseId;
    @Column(name = "institution_id", nullable = false)
    public String institutionId;
    @Column(name = "status", nullable = false)
    public String status;
    @Column(name = "tanggal", nullable = false)
    public LocalDate tanggal;
    @Column(name = "alasan")
    public String alasan;
    @Column(name = "override_oleh")
    public String overrideOleh;
    @Column(name = "catatan")
    public String catatan;
}
