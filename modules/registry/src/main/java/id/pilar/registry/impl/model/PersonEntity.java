package id.pilar.registry.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A row of {@code reg_person}. Fields are public-by-accessor only to the registry's impl. */
@Entity
@Audited
@Table(name = "reg_person")
public class PersonEntity extends BaseEntity {

    public static final String AKTIF = "AKTIF";
    public static final String GANDA = "GANDA";

    @Column(name = "nomor_registri", nullable = false, updatable = false)
    private String nomorRegistri;
    @Column(name = "nik")
    private String nik;
    @Column(name = "nama", nullable = false)
    private String nama;
    @NotAudited // derived search key: rebuilt from the name, not history
    @Column(name = "nama_kanonik", nullable = false)
    private String namaKanonik;
    @Column(name = "alias")
    private String alias;
    @NotAudited // derived search key: rebuilt from the name, not history
    @Column(name = "alias_kanonik")
    private String aliasKanonik;
    @Column(name = "jenis_kelamin")
    private String jenisKelamin;
    @Column(name = "tempat_lahir")
    private String tempatLahir;
    @Column(name = "tanggal_lahir")
    private LocalDate tanggalLahir;
    @Column(name = "tahun_lahir_perkiraan")
    private Integer tahunLahirPerkiraan;
    @Column(name = "nama_ibu")
    private String namaIbu;
    @Column(name = "alamat_jalan")
    private String alamatJalan;
    @Column(name = "rt")
    private String rt;
    @Column(name = "rw")
    private String rw;
    @Column(name = "kode_kelurahan")
    private String kodeKelurahan;
    @Column(name = "tanpa_alamat", nullable = false)
    private int tanpaAlamat;
    @Column(name = "lokasi_terakhir")
    private String lokasiTerakhir;
    @Column(name = "telepon")
    private String telepon;
    @Column(name = "disabilitas")
    private String disabilitas;
    @Column(name = "catatan")
    private String catatan;
    @Column(name = "status", nullable = false)
    private String status = AKTIF;
    @Column(name = "digabung_ke")
    private String digabungKe;

    protected PersonEntity() {
    }

    public PersonEntity(String nomorRegistri) {
        this.nomorRegistri = nomorRegistri;
    }

    public String getNomorRegistri() { return nomorRegistri; }
    public String getNik() { return nik; }
    public void setNik(String v) { nik = v; }
    public String getNama() { return nama; }
    public void setNama(String v) { nama = v; }
    public String getNamaKanonik() { return namaKanonik; }
    public void setNamaKanonik(String v) { namaKanonik = v; }
    public String getAlias() { return alias; }
    public void setAlias(String v) { alias = v; }
    public String getAliasKanonik() { return aliasKanonik; }
    public void setAliasKanonik(String v) { aliasKanonik = v; }
    public String getJenisKelamin() { return jenisKelamin; }
    public void setJenisKelamin(String v) { jenisKelamin = v; }
    public String getTempatLahir() { return tempatLahir; }
    public void setTempatLahir(String v) { tempatLahir = v; }
    public LocalDate getTanggalLahir() { return tanggalLahir; }
    public void setTanggalLahir(LocalDate v) { tanggalLahir = v; }
    public Integer getTahunLahirPerkiraan() { return tahunLahirPerkiraan; }
    public void setTahunLahirPerkiraan(Integer v) { tahunLahirPerkiraan = v; }
    public String getNamaIbu() { return namaIbu; }
    public void setNamaIbu(String v) { namaIbu = v; }
    public String getAlamatJalan() { return alamatJalan; }
    public void setAlamatJalan(String v) { alamatJalan = v; }
    public String getRt() { return rt; }
    public void setRt(String v) { rt = v; }
    public String getRw() { return rw; }
    public void setRw(String v) { rw = v; }
    public String getKodeKelurahan() { return kodeKelurahan; }
    public void setKodeKelurahan(String v) { kodeKelurahan = v; }
    public boolean isTanpaAlamat() { return tanpaAlamat == 1; }
    public void setTanpaAlamat(boolean v) { tanpaAlamat = v ? 1 : 0; }
    public String getLokasiTerakhir() { return lokasiTerakhir; }
    public void setLokasiTerakhir(String v) { lokasiTerakhir = v; }
    public String getTelepon() { return telepon; }
    public void setTelepon(String v) { telepon = v; }
    public String getDisabilitas() { return disabilitas; }
    public void setDisabilitas(String v) { disabilitas = v; }
    public String getCatatan() { return catatan; }
    public void setCatatan(String v) { catatan = v; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public String getDigabungKe() { return digabungKe; }
    public void setDigabungKe(String v) { digabungKe = v; }
}
