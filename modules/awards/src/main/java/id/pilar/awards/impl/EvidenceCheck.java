package id.pilar.awards.impl;

import id.pilar.awards.api.AwardsException;
import id.pilar.awards.api.DocumentMedia;
import id.pilar.core.api.files.FileContent;
import org.openide.util.NbBundle.Messages;

/** Judges an evidence file by its content (never its name): PDF, JPEG or PNG, not empty, at most 5 MB. */
@Messages({
    "ERR_FileEmpty=Berkas kosong.",
    "# {0} - megabytes", "ERR_FileTooLarge=Berkas lebih dari {0} MB.",
    "ERR_FileNotPdf=Dokumen ini harus berupa PDF; isi berkas bukan PDF.",
    "ERR_FileNotImage=Dokumen ini harus berupa foto (JPEG atau PNG); isi berkas bukan gambar.",
    "ERR_FileUnknown=Isi berkas bukan PDF, JPEG atau PNG."
})
final class EvidenceCheck {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private EvidenceCheck() {
    }

    /** The media type the content really is; refuses what the checklist item does not accept. */
    static String mediaType(byte[] content, DocumentMedia wanted) {
        if (content == null || content.length == 0) {
            throw new AwardsException("ERR_FileEmpty", Bundle.ERR_FileEmpty());
        }
        if (content.length > MAX_BYTES) {
            throw new AwardsException("ERR_FileTooLarge", Bundle.ERR_FileTooLarge(MAX_BYTES / 1024 / 1024), MAX_BYTES / 1024 / 1024);
        }
        String type = sniff(content);
        if (wanted == DocumentMedia.PDF && !"application/pdf".equals(type)) {
            throw new AwardsException("ERR_FileNotPdf", Bundle.ERR_FileNotPdf());
        }
        if (wanted == DocumentMedia.IMAGE && (type == null || !type.startsWith("image/"))) {
            throw new AwardsException("ERR_FileNotImage", Bundle.ERR_FileNotImage());
        }
        if (type == null) {
            throw new AwardsException("ERR_FileUnknown", Bundle.ERR_FileUnknown());
        }
        return type;
    }

    private static String sniff(byte[] b) {
        return FileContent.mediaType(b).orElse(null);
    }

    static String sha256(byte[] content) {
        return FileContent.sha256(content);
    }
}
