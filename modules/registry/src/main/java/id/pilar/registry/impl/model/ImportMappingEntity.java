package id.pilar.registry.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The column mapping of a person list saved for its source ({@code reg_impor_pemetaan}), as lines
 * {@code FIELD=header}. No personal data, so no history.
 */
@Entity
@Table(name = "reg_impor_pemetaan")
public class ImportMappingEntity extends BaseEntity {

    @Column(name = "sumber", nullable = false)
    private String sumber;
    @Column(name = "pemetaan", nullable = false)
    private String pemetaan;

    protected ImportMappingEntity() {
    }

    public ImportMappingEntity(String sumber, String pemetaan) {
        this.sumber = sumber;
        this.pemetaan = pemetaan;
    }

    public String getSumber() { return sumber; }
    public String getPemetaan() { return pemetaan; }
    public void setPemetaan(String v) { pemetaan = v; }
}
