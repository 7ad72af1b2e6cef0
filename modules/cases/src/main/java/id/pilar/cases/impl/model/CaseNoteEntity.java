package id.pilar.cases.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A case note; a correction is a new note pointing at the original, which is kept. */
@Entity
@Audited
@Table(name = "case_note")
public class CaseNoteEntity extends BaseEntity {

    @Column(name = "case_id", nullable = false)
    public String caseId;
    @Column(name = "teks", nullable = false)
    public String teks;
    @Column(name = "kesehatan", nullable = false)
    public int kesehatan;
    @Column(name = "koreksi_dari")
    public String koreksiDari;
    @Column(name = "dikoreksi", nullable = false)
    public int dikoreksi;
}
