package id.pilar.intake.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A social report (laporan sosial) and its triage; audited because it holds the reporter's identity. */
@Entity
@Audited
@Table(name = "intake_report")
public class ReportSocialEntity extends BaseEntity {

    @Column(name = "nomor", nullable = false)
    public String nomor;
    @Column(name = "diterima_at", nullable = false)
    public Instant diterimaAt;
    @Column(name = "tanggal", nullable = false)
    public LocalDate tanggal;
    @Column(name = "minggu", nullable = false)
    public LocalDate minggu;
    @Column(name = "kanal", nullable = false)
    public String kanal;
    @Column(name = "pelapor_nama")
    public String pelaporNama;
    @Column(name = "pelapor_telepon")
    public String pelaporTelepon;
    @Column(name = "anonim", nullable = false)
    public int anonim;
    @Column(name = "hotspot_id")
    public String hotspotId;
    @Column(name = "kode_kelurahan", nullable = false)
    public String kodeKelurahan;
    @Column(name = "alamat")
    public String alamat;
    @Column(name = "lintang_e6")
    public Integer lintangE6;
    @Column(name = "bujur_e6")
    public Integer bujurE6;
    @Column(name = "kategori_kode", nullable = false)
    public String kategoriKode;
    @Column(name = "jumlah_orang", nullable = false)
    public int jumlahOrang;
    @Column(name = "uraian")
    public String uraian;
    @Column(name = "status", nullable = false)
    public String status;
    @Column(name = "triase_at")
    public Instant triaseAt;
    @Column(name = "triase_oleh")
    public String triaseOleh;
    @Column(name = "respons_at")
    public Instant responsAt;
    @Column(name = "person_id")
    public String personId;
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "duplikat_dari")
    public String duplikatDari;
    @Column(name = "alasan_tutup")
    public String alasanTutup;
    @Column(name = "operation_id")
    public String operationId;
}
