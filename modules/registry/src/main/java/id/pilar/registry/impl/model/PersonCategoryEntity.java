package id.pilar.registry.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A PPKS category of a person, with its dates ({@code reg_person_kategori}). */
@Entity
@Audited
@Table(name = "reg_person_kategori")
public class PersonCategoryEntity extends BaseEntity {

    @Column(name = "person_id", nullable = false)
    private String personId;
    @Column(name = "kode_kategori", nullable = false)
    private String kodeKategori;
    @Column(name = "mulai")
    private LocalDate mulai;
    @Column(name = "selesai")
    private LocalDate selesai;

    protected PersonCategoryEntity() {
    }

    public PersonCategoryEntity(String personId, String kodeKategori, LocalDate mulai, LocalDate selesai) {
        this.personId = personId;
        this.kodeKategori = kodeKategori;
        this.mulai = mulai;
        this.selesai = selesai;
    }

    public String getPersonId() { return personId; }
    public String getKodeKategori() { return kodeKategori; }
    public LocalDate getMulai() { return mulai; }
    public LocalDate getSelesai() { return selesai; }
}
