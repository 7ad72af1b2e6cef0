package id.pilar.cases.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** One revision of a case's intervention plan; the approved one is DISETUJUI. */
@Entity
@Audited
@Table(name = "case_plan")
public class CasePlanEntity extends BaseEntity {

    @Column(name = "case_id", nullable = false)
    public String caseId;
    @Column(name = "revisi", nullable = false)
    public int revisi;
    @Column(name = "status", nullable = false)
    public String status;
    @Column(name = "catatan")
    public String catatan;
    @Column(name = "diputus_oleh")
    public String diputusOleh;
    @Column(name = "diputus_at")
    public Instant diputusAt;
}
