package id.pilar.registry.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** A merge of two person records, with what is needed to undo it ({@code reg_penggabungan}). */
@Entity
@Audited
@Table(name = "reg_penggabungan")
public class MergeEntity extends BaseEntity {

    @Column(name = "survivor_id", nullable = false)
    private String survivorId;
    @Column(name = "merged_id", nullable = false)
    private String mergedId;
    @Column(name = "survivor_sebelum", nullable = false)
    private String survivorSebelum;
    @Column(name = "pilihan", nullable = false)
    private String pilihan;
    @Column(name = "dibatalkan_at")
    private Instant dibatalkanAt;

    protected MergeEntity() {
    }

    public MergeEntity(String survivorId, String mergedId, String survivorSebelum, String pilihan) {
        this.survivorId = survivorId;
        this.mergedId = mergedId;
        this.survivorSebelum = survivorSebelum;
        this.pilihan = pilihan;
    }

    public String getSurvivorId() { return survivorId; }
    public String getMergedId() { return mergedId; }
    public String getSurvivorSebelum() { return survivorSebelum; }
    public String getPilihan() { return pilihan; }
    public Instant getDibatalkanAt() { return dibatalkanAt; }
    public void setDibatalkanAt(Instant v) { dibatalkanAt = v; }
}
