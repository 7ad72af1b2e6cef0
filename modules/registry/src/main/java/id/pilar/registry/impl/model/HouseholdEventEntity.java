package id.pilar.registry.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A KK change ({@code reg_household_peristiwa}). */
@Entity
@Audited
@Table(name = "reg_household_peristiwa")
public class HouseholdEventEntity extends BaseEntity {

    @Column(name = "household_id", nullable = false)
    private String householdId;
    @Column(name = "jenis", nullable = false)
    private String jenis;
    @Column(name = "tanggal", nullable = false)
    private LocalDate tanggal;
    @Column(name = "keterangan", nullable = false)
    private String keterangan;

    protected HouseholdEventEntity() {
    }

    public HouseholdEventEntity(String householdId, String jenis, LocalDate tanggal, String keterangan) {
        this.householdId = householdId;
        this.jenis = jenis;
        this.tanggal = tanggal;
        this.keterangan = keterangan;
    }

    public String getHouseholdId() { return householdId; }
    public String getJenis() { return jenis; }
    public LocalDate getTanggal() { return tanggal; }
    public String getKeterangan() { return keterangan; }
}
