package id.pilar.cases.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** The value of one assessment field for one case. */
@Entity
@Audited
@Table(name = "case_assessment_value")
public class CaseAssessmentValueEntity extends BaseEntity {

    @Column(name = "case_id", nullable = false)
    public String caseId;
    @Column(name = "field_id", nullable = false)
    public String fieldId;
    @Column(name = "nilai")
    public String nilai;
}
