package id.pilar.intake.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One setting of the module (targets, alert thresholds), edited by a supervisor. */
@Entity
@Table(name = "intake_setting")
public class IntakeSettingEntity extends BaseEntity {

    @Column(name = "kunci", nullable = false)
    public String kunci;
    @Column(name = "nilai", nullable = false)
    public String nilai;
}
