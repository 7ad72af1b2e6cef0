package id.pilar.intake.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A person found during an outreach operation, with the registry person and case made for them. */
@Entity
@Audited
@Table(name = "intake_found_person")
public class IntakeFoundPersonEntity extends BaseEntity {

    @Column(name = "operation_id", nullable = false)
    public String operationId;
    @Column(name = "nama", nullable = false)
    public String nama;
    @Column(name = "jenis_kelamin")
    public String jenisKelamin;
    @Column(name = "usia_perkiraan")
    public Integer usiaPerkiraan;
    @Column(name = "kategori_kode", nullable = false)
    public String kategoriKode;
    @Column(name = "nik")
    public String nik;
    @Column(name = "kondisi")
    public String kondisi;
    @Column(name = "person_id", nullable = false)
    public String personId;
    @Column(name = "case_id", nullable = false)
    public String caseId;
    @Column(name = "referral_id")
    public String referralId;
}
