package id.pilar.cases.impl;

import id.pilar.core.api.files.FileContent;
import id.pilar.cases.api.AttachmentService;
import id.pilar.cases.api.CasesException;
import id.pilar.cases.api.CasesPermissions;
import id.pilar.cases.api.CaseStatus;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.InstantText;
import id.pilar.core.persistence.Transactions;
import id.pilar.core.persistence.Uuids;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/** Attachments in {@code case_attachment} (plain JDBC: the bytes never pass through the ORM). */
@ServiceProvider(service = AttachmentService.class)
@Messages({
    "ERR_AttachmentEmpty=Berkas lampiran kosong.",
    "# {0} - size in MB", "ERR_AttachmentTooBig=Lampiran terlalu besar; paling besar {0} MB.",
    "ERR_AttachmentType=Jenis berkas tidak diizinkan: lampiran harus PDF, JPEG atau PNG (isi berkas diperiksa, bukan namanya).",
    "# {0} - type", "ERR_AttachmentName=Nama berkas tidak sesuai isinya: isinya {0}.",
    "ERR_AttachmentNotFound=Lampiran tidak ditemukan.",
    "ERR_AttachmentDamaged=Lampiran rusak: isinya tidak cocok dengan checksum yang tersimpan."
})
public final class AttachmentServiceImpl implements AttachmentService {

    private final Transactions tx;

    public AttachmentServiceImpl() {
        this(Transactions.get());
    }

    public AttachmentServiceImpl(Transactions tx) {
        this.tx = tx;
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

    @Override
    public Attachment add(String caseId, String fileName, byte[] content) {
        AccessControl.get().require(CasesPermissions.WORK);
        if (content == null || content.length == 0) {
            throw new CasesException("ERR_AttachmentEmpty", Bundle.ERR_AttachmentEmpty());
        }
        if (content.length > MAX_BYTES) {
            throw new CasesException("ERR_AttachmentTooBig", Bundle.ERR_AttachmentTooBig(MAX_BYTES / (1024 * 1024)), MAX_BYTES);
        }
        String mime = sniff(content);
        if (mime == null) {
            throw new CasesException("ERR_AttachmentType", Bundle.ERR_AttachmentType());
        }
        String name = fileName == null ? "" : java.nio.file.Path.of(fileName).getFileName().toString();
        if (!nameFits(name, mime)) {
            throw new CasesException("ERR_AttachmentName", Bundle.ERR_AttachmentName(mime), mime);
        }
        String id = Uuids.newId();
        String who = CaseServiceImpl.me();
        Instant now = Instant.now();
        String sum = sha256(content);
        tx.jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT status FROM case_file WHERE id = ?")) {
                ps.setString(1, caseId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw CaseErrors.caseNotFound();
                    }
                    if (CaseStatus.valueOf(rs.getString(1)) == CaseStatus.DITUTUP) {
                        throw CaseErrors.of("ERR_CaseClosedNoChange", Bundle.ERR_CaseClosedNoChange());
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_attachment (id, version, created_at, created_by, updated_at, updated_by, "
                    + "case_id, nama_file, mime, ukuran, sha256, isi) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                String t = InstantText.format(now);
                ps.setString(1, id);
                ps.setString(2, t);
                ps.setString(3, who);
                ps.setString(4, t);
                ps.setString(5, who);
                ps.setString(6, caseId);
                ps.setString(7, name);
                ps.setString(8, mime);
                ps.setInt(9, content.length);
                ps.setString(10, sum);
                ps.setBytes(11, content);
                ps.executeUpdate();
            }
            return null;
        });
        return new Attachment(id, caseId, name, mime, content.length, sum, who, now);
    }

    @Override
    public List<Attachment> list(String caseId) {
        AccessControl.get().require(CasesPermissions.READ);
        return tx.query(c -> {
            List<Attachment> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, nama_file, mime, ukuran, sha256, created_by, created_at FROM case_attachment "
                    + "WHERE case_id = ? ORDER BY created_at")) {
                ps.setString(1, caseId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Attachment(rs.getString(1), caseId, rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6),
                                Instant.parse(rs.getString(7))));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public byte[] content(String attachmentId) {
        AccessControl.get().require(CasesPermissions.READ);
        byte[] data = tx.query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT isi, sha256, case_id FROM case_attachment WHERE id = ?")) {
                ps.setString(1, attachmentId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new CasesException("ERR_AttachmentNotFound", Bundle.ERR_AttachmentNotFound());
                    }
                    byte[] b = rs.getBytes(1);
                    if (!sha256(b).equals(rs.getString(2))) {
                        throw new CasesException("ERR_AttachmentDamaged", Bundle.ERR_AttachmentDamaged());
                    }
                    AccessControl.get().recordRead("case_attachment", attachmentId);
                    return b;
                }
            }
        });
        return data;
    }
}
