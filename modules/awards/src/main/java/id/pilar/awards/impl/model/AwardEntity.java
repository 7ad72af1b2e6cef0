package id.pilar.awards.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A conferred award: the record that answers who received what, when, on whose decision. */
@Entity
@Audited
@Table(name = "awd_award")
public class AwardEntity extends BaseEntity {

    @Column(name = "nomination_id", nullable = false)
    public String nominationId;
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
    @Column(name = "tier")
    public String tier;
    @Column(name = "conferred_on", nullable = false)
    public LocalDate conferredOn;
    @Column(name = "ceremony_id", nullable = false)
    public String ceremonyId;
    @Column(name = "decision_number", nullable = false)
    public String decisionNumber;
    @Column(name = "serial_number", nullable = false)
    public String serialNumber;
    @Column(name = "signatory_name", nullable = false)
    public String signatoryName;
    @Column(name = "signatory_title", nullable = false)
    public String signatoryTitle;
    @Column(name = "print_count", nullable = false)
    public int printCount;
}
