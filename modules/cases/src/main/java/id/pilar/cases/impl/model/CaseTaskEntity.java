package id.pilar.cases.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A follow-up or task with a due date. */
@Entity
@Audited
@Table(name = "case_task")
public class CaseTaskEntity extends BaseEntity {

    @Column(name = "case_id", nullable = false)
    public String caseId;
    @Column(name = "judul", nullable = false)
    public String judul;
    @Column(name = "tenggat", nullable = false)
    public LocalDate tenggat;
    @Column(name = "pemilik")
    public String pemilik;
    @Column(name = "selesai_at")
    public Instant selesaiAt;
}
