package id.pilar.intake.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** An outreach operation (penjangkauan): when, where, who and with what. */
@Entity
@Audited
@Table(name = "intake_operation")
public class IntakeOperationEntity extends BaseEntity {

    @Column(name = "tanggal", nullable = false)
    public LocalDate tanggal;
    @Column(name = "jam_mulai", nullable = false)
    public String jamMulai;
    @Column(name = "jam_selesai", nullable = false)
    public String jamSelesai;
    @Column(name = "titik", nullable = false)
    public String titik;
    @Column(name = "tim")
    public String tim;
    @Column(name = "kendaraan")
    public String kendaraan;
    @Column(name = "catatan")
    public String catatan;
    @Column(name = "kunci", nullable = false)
    public String kunci;
}
