package id.pilar.awards.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A ceremony at which awards are presented. */
@Entity
@Audited
@Table(name = "awd_ceremony")
public class AwardCeremonyEntity extends BaseEntity {

    @Column(name = "name", nullable = false)
    public String name;
    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;
    @Column(name = "place", nullable = false)
    public String place;
    @Column(name = "presenter", nullable = false)
    public String presenter;
}
