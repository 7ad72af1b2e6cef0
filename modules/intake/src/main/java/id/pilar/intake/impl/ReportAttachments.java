package id.pilar.intake.impl;

import id.pilar.core.api.files.FileContent;
import id.pilar.intake.api.ReportAttachment;
import id.pilar.intake.impl.model.IntakeReportAttachmentEntity;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.hibernate.Session;
import org.openide.util.NbBundle.Messages;

/**
 * Checks and stores report attachments on the caller's session (the report's transaction): the
 * type comes from the content's first bytes, the name's extension must agree, the size is limited.
 */
@Messages({
    "ERR_AttachmentEmpty=Berkas lampiran kosong.",
    "# {0} - size in MB", "ERR_AttachmentTooBig=Lampiran terlalu besar; paling besar {0} MB per berkas.",
    "ERR_AttachmentType=Lampiran harus foto JPEG atau PNG, atau dokumen PDF (isi berkas yang diperiksa, bukan namanya).",
    "# {0} - type", "ERR_AttachmentName=Nama berkas tidak sesuai isinya: isinya {0}.",
    "ERR_AttachmentNotFound=Lampiran tidak ditemukan.",
    "ERR_AttachmentDamaged=Lampiran rusak: isinya tidak cocok dengan checksum yang tersimpan.",
    "# {0} - count", "ERR_AttachmentTooMany=Paling banyak {0} lampiran per laporan."
})
final class ReportAttachments {

    /** A report is a call or a letter, not an evidence archive. */
    static final int MAX_PER_REPORT = 10;

    private ReportAttachments() {
    }

    /** The type by the file's first bytes, or null when it is none of the allowed ones. */
    static String sniff(byte[] b) {
        return FileContent.mediaType(b).orElse(null);
    }

    private static boolean nameFits(String name, String mime) {
        return FileContent.nameFits(name, mime);
    }

    static String sha256(byte[] b) {
        return FileContent.sha256(b);
    }

    /** Checks every file before anything is written, so that one bad file refuses them all. */
    static void checkAll(List<ReportAttachment.NewFile> files, int alreadyThere) {
        if (files.size() + alreadyThere > MAX_PER_REPORT) {
            throw IntakeErrors.of("ERR_AttachmentTooMany", Bundle.ERR_AttachmentTooMany(MAX_PER_REPORT), MAX_PER_REPORT);
        }
        for (ReportAttachment.NewFile f : files) {
            check(f);
        }
    }

    /** @return the content's type */
    static String check(ReportAttachment.NewFile f) {
        byte[] content = f == null ? null : f.isi();
        if (content == null || content.length == 0) {
            throw IntakeErrors.of("ERR_AttachmentEmpty", Bundle.ERR_AttachmentEmpty());
        }
        if (content.length > ReportAttachment.MAX_BYTES) {
            int mb = ReportAttachment.MAX_BYTES / (1024 * 1024);
            throw IntakeErrors.of("ERR_AttachmentTooBig", Bundle.ERR_AttachmentTooBig(mb), mb);
        }
        String mime = sniff(content);
        if (mime == null) {
            throw IntakeErrors.of("ERR_AttachmentType", Bundle.ERR_AttachmentType());
        }
        if (!nameFits(baseName(f.namaFile()), mime)) {
            throw IntakeErrors.of("ERR_AttachmentName", Bundle.ERR_AttachmentName(mime), mime);
        }
        return mime;
    }

    private static String baseName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "";
        }
        // a name from another PC may carry its folders with either separator
        String n = fileName.strip();
        return n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
    }

    /** Writes a checked file for {@code reportId}: the audited row through the session, the bytes by JDBC. */
    static ReportAttachment store(Session s, String reportId, ReportAttachment.NewFile f) {
        String mime = check(f);
        IntakeReportAttachmentEntity a = new IntakeReportAttachmentEntity();
        a.reportId = reportId;
        a.namaFile = baseName(f.namaFile());
        a.mime = mime;
        a.ukuran = f.isi().length;
        a.sha256 = sha256(f.isi());
        s.persist(a);
        s.flush();
        s.doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO intake_report_attachment_isi (attachment_id, isi) VALUES (?, ?)")) {
                ps.setString(1, a.getId());
                ps.setBytes(2, f.isi());
                ps.executeUpdate();
            }
        });
        return toRecord(a);
    }

    static ReportAttachment toRecord(IntakeReportAttachmentEntity a) {
        return new ReportAttachment(a.getId(), a.reportId, a.namaFile, a.mime, a.ukuran, a.sha256, a.getCreatedBy(), a.getCreatedAt());
    }

    static List<ReportAttachment> list(Session s, String reportId) {
        return s.createSelectionQuery("from IntakeReportAttachmentEntity where reportId = :r order by createdAt", IntakeReportAttachmentEntity.class)
                .setParameter("r", reportId).list().stream().map(ReportAttachments::toRecord).toList();
    }

    static byte[] content(Session s, String attachmentId) {
        IntakeReportAttachmentEntity a = s.find(IntakeReportAttachmentEntity.class, attachmentId);
        if (a == null) {
            throw IntakeErrors.of("ERR_AttachmentNotFound", Bundle.ERR_AttachmentNotFound());
        }
        byte[] bytes = s.doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT isi FROM intake_report_attachment_isi WHERE attachment_id = ?")) {
                ps.setString(1, attachmentId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getBytes(1) : null;
                }
            }
        });
        if (bytes == null || !sha256(bytes).equals(a.sha256)) {
            throw IntakeErrors.of("ERR_AttachmentDamaged", Bundle.ERR_AttachmentDamaged());
        }
        return bytes;
    }
}
