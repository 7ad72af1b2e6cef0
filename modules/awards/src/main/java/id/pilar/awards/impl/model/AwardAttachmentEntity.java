package id.pilar.awards.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** An evidence file of a nomination; the content (checked as PDF or image before it is stored)
 * lives in {@code awd_attachment_content}, written in the same transaction. */
@Entity
@Audited
@Table(name = "awd_attachment")
public class AwardAttachmentEntity extends BaseEntity {

    @Column(name = "nomination_id", nullable = false)
    public String nominationId;
    @Column(name = "document_code", nullable = false)
    public String documentCode;
    @Column(name = "file_name", nullable = false)
    public String fileName;
    @Column(name = "media_type", nullable = false)
    public String mediaType;
    @Column(name = "size_bytes", nullable = false)
    public int sizeBytes;
    @Column(name = "sha256", nullable = false)
    public String sha256;
}
