package id.pilar.awards.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** One step of a nomination: who moved it from which state to which, when, with the note. */
@Entity
@Audited
@Table(name = "awd_nomination_step")
public class AwardNominationStepEntity extends BaseEntity {

    @Column(name = "nomination_id", nullable = false)
    public String nominationId;
    @Column(name = "from_state")
    public String fromState;
    @Column(name = "to_state", nullable = false)
    public String toState;
    @Column(name = "route_level", nullable = false)
    public int routeLevel;
    @Column(name = "actor", nullable = false)
    public String actor;
    @Column(name = "actor_name", nullable = false)
    public String actorName;
    @Column(name = "at", nullable = false)
    public Instant at;
    @Column(name = "note")
    public String note;
}
