package id.pilar.cases.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A case file: number, clients' summary, lifecycle state, who works it. */
@Entity
@Audited
@Table(name = "case_file")
public class CaseFileEntity extends BaseEntity {

    @Column(name = "nomor", nullable = false)
    public String nomor;
    @Column(name = "nomor_lama")
    public String nomorLama;
    @Column(name = "tahun", nullable = false)
    public int tahun;
    @Column(name = "status", nullable = false)
    public String status;
    @Column(name = "sumber", nullable = false)
    public String sumber;
    @Column(name = "kategori_kode")
    public String kategoriKode;
    @Column(name = "risiko", nullable = false)
    public String risiko;
    @Column(name = "pekerja")
    public String pekerja;
    @Column(name = "tanggal_buka", nullable = false)
    public LocalDate tanggalBuka;
    @Column(name = "kode_kelurahan")
    public String kodeKelurahan;
    @Column(name = "household_id")
    public String householdId;
    @Column(name = "klien")
    public String klien;
    @Column(name = "ringkasan")
    public String ringkasan;
    @Column(name = "tanggal_tutup")
    public LocalDate tanggalTutup;
    @Column(name = "alasan_tutup")
    public String alasanTutup;
    @Column(name = "keterangan_tutup")
    public String keteranganTutup;
    @Column(name = "menunggu")
    public String menunggu;
}
