package id.pilar.cases.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** One lifecycle step of a case: from, to, why; who and when are the base columns. */
@Entity
@Audited
@Table(name = "case_transition")
public class CaseTransitionEntity extends BaseEntity {

    @Column(name = "case_id", nullable = false)
    public String caseId;
    @Column(name = "dari")
    public String dari;
    @Column(name = "ke", nullable = false)
    public String ke;
    @Column(name = "alasan")
    public String alasan;
}
