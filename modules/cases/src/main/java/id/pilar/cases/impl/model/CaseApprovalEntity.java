package id.pilar.cases.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A request for a supervisor's decision: a plan, a closure, a referral to a full institution. */
@Entity
@Audited
@Table(name = "case_approval")
public class CaseApprovalEntity extends BaseEntity {

    @Column(name = "case_id", nullable = false)
    public String caseId;
    @Column(name = "jenis", nullable = false)
    public String jenis;
    @Column(name = "ref_id")
    public String refId;
    @Column(name = "status", nullable = false)
    public String status;
    @Column(name = "alasan")
    public String alasan;
    @Column(name = "tanggal")
    public LocalDate tanggal;
    @Column(name = "keterangan")
    public String keterangan;
    @Column(name = "diputus_oleh")
    public String diputusOleh;
    @Column(name = "diputus_at")
    public Instant diputusAt;
    @Column(name = "catatan_putusan")
    public String catatanPutusan;
}
