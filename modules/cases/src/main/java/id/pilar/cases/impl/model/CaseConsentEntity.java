package id.pilar.cases.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** What a client agreed to for a case, linked to the UU PDP consent register. */
@Entity
@Audited
@Table(name = "case_consent")
public class CaseConsentEntity extends BaseEntity {

    @Column(name = "case_id", nullable = false)
    public String caseId;
    @Column(name = "person_id", nullable = false)
    public String personId;
    @Column(name = "tujuan", nullable = false)
    public String tujuan;
    @Column(name = "tanggal", nullable = false)
    public LocalDate tanggal;
    @Column(name = "bukti", nullable = false)
    public String bukti;
    @Column(name = "consent_id")
    public String consentId;
}
