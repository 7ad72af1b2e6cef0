package id.pilar.rosters.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A duty event (apel, patroli, siaga bencana, …) on a date at a place; its shifts hold the times. */
@Entity
@Audited
@Table(name = "ros_duty")
public class RosterDutyEntity extends BaseEntity {

    @Column(name = "kind", nullable = false)
    public String kind;
    @Column(name = "title", nullable = false)
    public String title;
    @Column(name = "duty_date", nullable = false)
    public LocalDate dutyDate;
    @Column(name = "kelurahan_kode")
    public String kelurahanKode;
    @Column(name = "place_name")
    public String placeName;
    @Column(name = "organisation_id")
    public String organisationId;
    @Column(name = "required_skills")
    public String requiredSkills;
    @Column(name = "notes")
    public String notes;
}
