package id.pilar.registry.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A KK ({@code reg_household}). */
@Entity
@Audited
@Table(name = "reg_household")
public class HouseholdEntity extends BaseEntity {

    public static final String AKTIF = "AKTIF";
    public static final String TIDAK_AKTIF = "TIDAK_AKTIF";

    @Column(name = "nomor_kk", nullable = false)
    private String nomorKk;
    @Column(name = "alamat_jalan")
    private String alamatJalan;
    @Column(name = "rt")
    private String rt;
    @Column(name = "rw")
    private String rw;
    @Column(name = "kode_kelurahan")
    private String kodeKelurahan;
    @Column(name = "status", nullable = false)
    private String status = AKTIF;
    @Column(name = "asal_id")
    private String asalId;
    /** 1: a family without a fixed address (V5); street, RT/RW and kelurahan are then empty. */
    @Column(name = "tanpa_alamat", nullable = false)
    private int tanpaAlamat;
    @Column(name = "lokasi_terakhir")
    private String lokasiTerakhir;

    protected HouseholdEntity() {
    }

    public HouseholdEntity(String nomorKk) {
        this.nomorKk = nomorKk;
    }

    public String getNomorKk() { return nomorKk; }
    public String getAlamatJalan() { return alamatJalan; }
    public String getRt() { return rt; }
    public String getRw() { return rw; }
    public String getKodeKelurahan() { return kodeKelurahan; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public String getAsalId() { return asalId; }
    public void setAsalId(String v) { asalId = v; }

    public boolean isTanpaAlamat() { return tanpaAlamat == 1; }
    public String getLokasiTerakhir() { return lokasiTerakhir; }

    public void setAddress(String street, String rtNo, String rwNo, String kelurahan) {
        alamatJalan = street;
        rt = rtNo;
        rw = rwNo;
        kodeKelurahan = kelurahan;
        tanpaAlamat = 0;
        lokasiTerakhir = null;
    }

    /** No fixed address: the street, RT/RW and kelurahan go, the last place seen stays. */
    public void setNoFixedAddress(String lastSeen) {
        setAddress(null, null, null, null);
        tanpaAlamat = 1;
        lokasiTerakhir = lastSeen;
    }
}
