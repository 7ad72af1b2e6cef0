package id.pilar.intake.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * What a file attached to a report is; audited (who attached what, when). Its bytes are in
 * {@code intake_report_attachment_isi}, written by JDBC in the same transaction.
 */
@Entity
@Audited
@Table(name = "intake_report_attachment")
public class IntakeReportAttachmentEntity extends BaseEntity {

    @Column(name = "report_id", nullable = false)
    public String reportId;
    @Column(name = "nama_file", nullable = false)
    public String namaFile;
    @Column(name = "mime", nullable = false)
    public String mime;
    @Column(name = "ukuran", nullable = false)
    public int ukuran;
    @Column(name = "sha256", nullable = false)
    public String sha256;
}
