package id.pilar.registry.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** One NIK change of a person ({@code reg_nik_riwayat}). */
@Entity
@Audited
@Table(name = "reg_nik_riwayat")
public class NikHistoryEntity extends BaseEntity {

    @Column(name = "person_id", nullable = false)
    private String personId;
    @Column(name = "nik_lama")
    private String nikLama;
    @Column(name = "nik_baru")
    private String nikBaru;
    @Column(name = "alasan", nullable = false)
    private String alasan;

    protected NikHistoryEntity() {
    }

    public NikHistoryEntity(String personId, String nikLama, String nikBaru, String alasan) {
        this.personId = personId;
        this.nikLama = nikLama;
        this.nikBaru = nikBaru;
        this.alasan = alasan;
    }

    public String getPersonId() { return personId; }
    public String getNikLama() { return nikLama; }
    public String getNikBaru() { return nikBaru; }
    public String getAlasan() { return alasan; }
}
