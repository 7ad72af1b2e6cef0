package id.pilar.cases.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A field of an assessment domain (data: supervisors add fields). */
@Entity
@org.hibernate.envers.Audited // a supervisor's change to the form keeps its history, like the domains
@Table(name = "case_field")
public class CaseFieldEntity extends BaseEntity {

    @Column(name = "domain_id", nullable = false)
    public String domainId;
    @Column(name = "kode", nullable = false)
    public String kode;
    @Column(name = "label", nullable = false)
    public String label;
    @Column(name = "jenis", nullable = false)
    public String jenis;
    @Column(name = "urutan", nullable = false)
    public int urutan;
    @Column(name = "aktif", nullable = false)
    public int aktif;
}
