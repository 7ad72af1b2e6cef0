package id.pilar.registry.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A person's membership of a KK over a period ({@code reg_household_anggota}). */
@Entity
@Audited
@Table(name = "reg_household_anggota")
public class MembershipEntity extends BaseEntity {

    @Column(name = "household_id", nullable = false)
    private String householdId;
    @Column(name = "person_id", nullable = false)
    private String personId;
    @Column(name = "shdk", nullable = false)
    private int shdk;
    @Column(name = "mulai", nullable = false)
    private LocalDate mulai;
    @Column(name = "selesai")
    private LocalDate selesai;

    protected MembershipEntity() {
    }

    public MembershipEntity(String householdId, String personId, int shdk, LocalDate mulai) {
        this.householdId = householdId;
        this.personId = personId;
        this.shdk = shdk;
        this.mulai = mulai;
    }

    public String getHouseholdId() { return householdId; }
    public String getPersonId() { return personId; }
    public void setPersonId(String v) { personId = v; }
    public int getShdk() { return shdk; }
    public LocalDate getMulai() { return mulai; }
    public LocalDate getSelesai() { return selesai; }
    public void setSelesai(LocalDate v) { selesai = v; }
}
