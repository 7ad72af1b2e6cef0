package id.pilar.rosters.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A member's role in an organisation for a period; an open end means it still runs. */
@Entity
@Audited
@Table(name = "ros_membership")
public class RosterMembershipEntity extends BaseEntity {

    @Column(name = "member_id", nullable = false)
    public String memberId;
    @Column(name = "organisation_id", nullable = false)
    public String organisationId;
    @Column(name = "role", nullable = false)
    public String role;
    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
}
