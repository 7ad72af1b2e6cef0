package id.pilar.rosters.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** Check-in and check-out of one assignment; {@link #minutes} is derived, never typed. */
@Entity
@Audited
@Table(name = "ros_attendance")
public class RosterAttendanceEntity extends BaseEntity {

    @Column(name = "assignment_id", nullable = false)
    public String assignmentId;
    @Column(name = "member_id", nullable = false)
    public String memberId;
    @Column(name = "organisation_id")
    public String organisationId;
    @Column(name = "work_date", nullable = false)
    public LocalDate workDate;
    @Column(name = "check_in", nullable = false)
    public Instant checkIn;
    @Column(name = "check_out")
    public Instant checkOut;
    @Column(name = "minutes", nullable = false)
    public int minutes;
    @Column(name = "source", nullable = false)
    public String source;
}
