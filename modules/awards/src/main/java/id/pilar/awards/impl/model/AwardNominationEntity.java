package id.pilar.awards.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A nomination of one recipient for one award type, moving along the type's route. */
@Entity
@Audited
@Table(name = "awd_nomination")
public class AwardNominationEntity extends BaseEntity {

    @Column(name = "type_id", nullable = false)
    public String typeId;
    @Column(name = "recipient_kind", nullable = false)
    public String recipientKind;
    @Column(name = "recipient_id", nullable = false)
    public String recipientId;
    @Column(name = "recipient_nik", nullable = false)
    public String recipientNik;
    @Column(name = "recipient_name", nullable = false)
    public String recipientName;
    @Column(name = "kecamatan_kode")
    public String kecamatanKode;
    @Column(name = "pillar_type")
    public String pillarType;
    @Column(name = "as_of", nullable = false)
    public LocalDate asOf;
    @Column(name = "state", nullable = false)
    public String state;
    @Column(name = "route_level", nullable = false)
    public int routeLevel;
    @Column(name = "eligible", nullable = false)
    public int eligible;
    @Column(name = "eligibility_reason", nullable = false)
    public String eligibilityReason;
    @Column(name = "justification")
    public String justification;
    @Column(name = "flagged", nullable = false)
    public int flagged;
    @Column(name = "tier")
    public String tier;
    @Column(name = "decision_number")
    public String decisionNumber;
    @Column(name = "decided_on")
    public LocalDate decidedOn;
    @Column(name = "rejection_reason")
    public String rejectionReason;
    @Column(name = "state_since", nullable = false)
    public Instant stateSince;
}
