package id.pilar.registry.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A fuzzy DTSEN match confirmed by a clerk ({@code reg_dtsen_tautan}). */
@Entity
@Audited
@Table(name = "reg_dtsen_tautan")
public class DtsenLinkEntity extends BaseEntity {

    @Column(name = "person_id", nullable = false)
    private String personId;
    @Column(name = "iddtks", nullable = false)
    private String iddtks;
    @Column(name = "skor", nullable = false)
    private int skor;

    protected DtsenLinkEntity() {
    }

    public DtsenLinkEntity(String personId, String iddtks, int skor) {
        this.personId = personId;
        this.iddtks = iddtks;
        this.skor = skor;
    }

    public String getPersonId() { return personId; }
    public String getIddtks() { return iddtks; }
    public void setIddtks(String v) { iddtks = v; }
    public int getSkor() { return skor; }
    public void setSkor(int v) { skor = v; }
}
