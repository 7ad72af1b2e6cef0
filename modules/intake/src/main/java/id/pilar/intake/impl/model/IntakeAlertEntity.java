package id.pilar.intake.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An early-warning alert of one week for a place and category, with its acknowledgement. */
@Entity
@org.hibernate.envers.Audited
@Table(name = "intake_alert")
public class IntakeAlertEntity extends BaseEntity {

    @Column(name = "minggu", nullable = false)
    public LocalDate minggu;
    @Column(name = "tingkat", nullable = false)
    public String tingkat;
    @Column(name = "tempat_kode", nullable = false)
    public String tempatKode;
    @Column(name = "tempat", nullable = false)
    public String tempat;
    @Column(name = "kategori_kode", nullable = false)
    public String kategoriKode;
    @Column(name = "jumlah", nullable = false)
    public int jumlah;
    @Column(name = "dasar_x10", nullable = false)
    public int dasarX10;
    @Column(name = "batas", nullable = false)
    public int batas;
    @Column(name = "keterangan", nullable = false)
    public String keterangan;
    @Column(name = "aktif", nullable = false)
    public int aktif;
    @Column(name = "diakui_at")
    public Instant diakuiAt;
    @Column(name = "diakui_oleh")
    public String diakuiOleh;
    @Column(name = "catatan_akui")
    public String catatanAkui;
}
