package id.pilar.cases.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A registry person who is a client of a case (the first is the main client). */
@Entity
@Audited
@Table(name = "case_client")
public class CaseClientEntity extends BaseEntity {

    @Column(name = "case_id", nullable = false)
    public String caseId;
    @Column(name = "person_id", nullable = false)
    public String personId;
    @Column(name = "nama", nullable = false)
    public String nama;
    @Column(name = "peran", nullable = false)
    public String peran;
}
