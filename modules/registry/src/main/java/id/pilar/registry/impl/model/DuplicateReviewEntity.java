package id.pilar.registry.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** An entry of the duplicate review queue ({@code reg_duplikat}). */
@Entity
@Audited
@Table(name = "reg_duplikat")
public class DuplicateReviewEntity extends BaseEntity {

    public static final String TERBUKA = "TERBUKA";
    public static final String DIGABUNG = "DIGABUNG";
    public static final String BUKAN_GANDA = "BUKAN_GANDA";

    @Column(name = "person_a", nullable = false)
    private String personA;
    @Column(name = "person_b", nullable = false)
    private String personB;
    @Column(name = "skor", nullable = false)
    private int skor;
    @Column(name = "alasan", nullable = false)
    private String alasan;
    @Column(name = "status", nullable = false)
    private String status = TERBUKA;

    protected DuplicateReviewEntity() {
    }

    public String getPersonA() { return personA; }
    public String getPersonB() { return personB; }
    public int getSkor() { return skor; }
    public String getAlasan() { return alasan; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
}
