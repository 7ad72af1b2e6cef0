package id.pilar.awards.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** One item of an award type's evidence checklist. */
@Entity
@Audited
@Table(name = "awd_type_document")
public class AwardTypeDocumentEntity extends BaseEntity {

    @Column(name = "type_id", nullable = false)
    public String typeId;
    @Column(name = "code", nullable = false)
    public String code;
    @Column(name = "name", nullable = false)
    public String name;
    @Column(name = "media", nullable = false)
    public String media;
    @Column(name = "required_from", nullable = false)
    public String requiredFrom;
    @Column(name = "position", nullable = false)
    public int position;
}
