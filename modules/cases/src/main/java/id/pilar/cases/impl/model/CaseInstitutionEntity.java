package id.pilar.cases.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** An institution of the referral directory (panti sosial, hospital, LKS, agency). */
@Entity
@Audited
@Table(name = "case_institution")
public class CaseInstitutionEntity extends BaseEntity {

    @Column(name = "nama", nullable = false)
    public String nama;
    @Column(name = "jenis", nullable = false)
    public String jenis;
    @Column(name = "alamat")
    public String alamat;
    @Column(name = "kontak")
    public String kontak;
    @Column(name = "kapasitas", nullable = false)
    public int kapasitas;
    @Column(name = "aktif", nullable = false)
    public int aktif;
}
