package id.pilar.registry.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One DTSEN import, the snapshot its rows refer to ({@code dtsen_impor}). */
@Entity
@Table(name = "dtsen_impor")
public class DtsenImportEntity extends BaseEntity {

    @Column(name = "nama_file", nullable = false)
    private String namaFile;
    @Column(name = "tanggal", nullable = false)
    private LocalDate tanggal;
    @Column(name = "jumlah_baru", nullable = false)
    private int jumlahBaru;
    @Column(name = "jumlah_ubah", nullable = false)
    private int jumlahUbah;
    @Column(name = "jumlah_tolak", nullable = false)
    private int jumlahTolak;
    @Column(name = "file_tolak")
    private String fileTolak;

    protected DtsenImportEntity() {
    }

    public String getNamaFile() { return namaFile; }
    public LocalDate getTanggal() { return tanggal; }
    public int getJumlahBaru() { return jumlahBaru; }
    public int getJumlahUbah() { return jumlahUbah; }
    public int getJumlahTolak() { return jumlahTolak; }
    public String getFileTolak() { return fileTolak; }
}
