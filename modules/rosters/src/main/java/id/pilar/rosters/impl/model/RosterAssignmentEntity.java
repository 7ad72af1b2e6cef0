package id.pilar.rosters.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A member put on a shift, serving for one of their organisations. */
@Entity
@Audited
@Table(name = "ros_assignment")
public class RosterAssignmentEntity extends BaseEntity {

    @Column(name = "shift_id", nullable = false)
    public String shiftId;
    @Column(name = "member_id", nullable = false)
    public String memberId;
    @Column(name = "organisation_id")
    public String organisationId;
}
