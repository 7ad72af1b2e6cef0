package id.pilar.cases.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A service delivered to a case's client. */
@Entity
@Audited
@Table(name = "case_service")
public class CaseServiceEntity extends BaseEntity {

    @Column(name = "case_id", nullable = false)
    public String caseId;
    @Column(name = "jenis", nullable = false)
    public String jenis;
    @Column(name = "tanggal", nullable = false)
    public LocalDate tanggal;
    @Column(name = "penyedia")
    public String penyedia;
    @Column(name = "hasil")
    public String hasil;
}
