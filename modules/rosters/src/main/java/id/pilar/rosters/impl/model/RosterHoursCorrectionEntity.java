package id.pilar.rosters.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A manual correction of an attendance's hours; who and when are the base columns. */
@Entity
@Audited
@Table(name = "ros_hours_correction")
public class RosterHoursCorrectionEntity extends BaseEntity {

    @Column(name = "attendance_id", nullable = false)
    public String attendanceId;
    @Column(name = "member_id", nullable = false)
    public String memberId;
    @Column(name = "organisation_id")
    public String organisationId;
    @Column(name = "work_date", nullable = false)
    public LocalDate workDate;
    @Column(name = "kind", nullable = false)
    public String kind;
    @Column(name = "replacement_minutes")
    public Integer replacementMinutes;
    @Column(name = "delta_minutes", nullable = false)
    public int deltaMinutes;
    @Column(name = "reason", nullable = false)
    public String reason;
}
