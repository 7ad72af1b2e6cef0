package id.pilar.cases.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A goal of a plan revision with its action, who is responsible and the due date. */
@Entity
@Audited
@Table(name = "case_plan_item")
public class CasePlanItemEntity extends BaseEntity {

    @Column(name = "plan_id", nullable = false)
    public String planId;
    @Column(name = "urutan", nullable = false)
    public int urutan;
    @Column(name = "tujuan", nullable = false)
    public String tujuan;
    @Column(name = "tindakan", nullable = false)
    public String tindakan;
    @Column(name = "penanggung_jawab")
    public String penanggungJawab;
    @Column(name = "tenggat")
    public LocalDate tenggat;
}
