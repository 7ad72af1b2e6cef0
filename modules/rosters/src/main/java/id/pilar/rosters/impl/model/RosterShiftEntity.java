package id.pilar.rosters.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** One shift of a duty: a time window and how many members it needs. */
@Entity
@Audited
@Table(name = "ros_shift")
public class RosterShiftEntity extends BaseEntity {

    @Column(name = "duty_id", nullable = false)
    public String dutyId;
    @Column(name = "shift_date", nullable = false)
    public LocalDate shiftDate;
    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;
    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;
    @Column(name = "headcount", nullable = false)
    public int headcount;
}
