package id.pilar.cases.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A needs domain of the assessment (data: supervisors add domains). */
@Entity
@org.hibernate.envers.Audited
@Table(name = "case_domain")
public class CaseDomainEntity extends BaseEntity {

    @Column(name = "kode", nullable = false)
    public String kode;
    @Column(name = "nama", nullable = false)
    public String nama;
    @Column(name = "kesehatan", nullable = false)
    public int kesehatan;
    @Column(name = "urutan", nullable = false)
    public int urutan;
    @Column(name = "aktif", nullable = false)
    public int aktif;
}
