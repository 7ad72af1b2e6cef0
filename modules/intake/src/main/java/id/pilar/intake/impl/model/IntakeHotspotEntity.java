package id.pilar.intake.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A named place where people in need are often met (Stasiun Pasar Senen, Monas, …). */
@Entity
@org.hibernate.envers.Audited
@Table(name = "intake_hotspot")
public class IntakeHotspotEntity extends BaseEntity {

    @Column(name = "nama", nullable = false)
    public String nama;
    @Column(name = "nama_kunci", nullable = false)
    public String namaKunci;
    @Column(name = "kode_kelurahan", nullable = false)
    public String kodeKelurahan;
    @Column(name = "lintang_e6")
    public Integer lintangE6;
    @Column(name = "bujur_e6")
    public Integer bujurE6;
    @Column(name = "aktif", nullable = false)
    public int aktif;
}
