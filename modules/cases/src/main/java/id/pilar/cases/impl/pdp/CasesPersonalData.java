package id.pilar.cases.impl.pdp;

import id.pilar.cases.api.CaseStatus;
import id.pilar.cases.api.ClosureReason;
import id.pilar.cases.impl.CasesSchema;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.InstantText;
import id.pilar.core.persistence.Uuids;
import id.pilar.core.spi.PersonalDataSection;
import id.pilar.core.spi.PersonalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * UU PDP for case files. Subject access lists every case of the person with its services,
 * referrals and notes. Erasure does not touch case files: they are evidence of the office's
 * legal duty of social protection (UU PDP art. 15 and 16: processing to fulfil a legal
 * obligation and in the public interest), so the rows stay, and the refusal is said twice: in
 * the subject-access export and as a note on each case, so whoever opens the case sees it.
 */
@ServiceProvider(service = PersonalDataSource.class, position = 300)
@Messages({
    "PDP_Cases=Berkas kasus",
    "PDP_Number=Nomor kasus", "PDP_OldNumber=Nomor lama", "PDP_Status=Status", "PDP_Opened=Tanggal buka", "PDP_Closed=Tanggal tutup",
    "PDP_Reason=Alasan tutup", "PDP_Category=Kategori", "PDP_Worker=Pekerja sosial", "PDP_Services=Layanan", "PDP_Referrals=Rujukan",
    "PDP_Notes=Catatan kasus",
    "PDP_Erasure=Penghapusan",
    "PDP_ErasureText=Berkas kasus tidak dihapus atau dianonimkan atas permintaan penghapusan: berkas ini adalah bukti pelaksanaan kewajiban hukum perlindungan sosial (UU PDP Pasal 15 dan 16). Data tetap dilindungi dan hanya dibuka bagi petugas yang berhak.",
    "PDP_RefusalNote=Permintaan penghapusan data pribadi (UU PDP) diterima untuk orang ini. Berkas kasus ini tidak dihapus: berkas ini adalah bukti pelaksanaan kewajiban hukum perlindungan sosial (UU PDP Pasal 15 dan 16)."
})
public final class CasesPersonalData implements PersonalDataSource {

    @Override
    public String moduleId() {
        return CasesSchema.MODULE_ID;
    }

    @Override
    public List<PersonalDataSection> collect(String personId, Connection c) throws SQLException {
        List<Map<String, String>> records = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT f.id, f.nomor, f.nomor_lama, f.status, f.tanggal_buka, f.tanggal_tutup, f.alasan_tutup, "
                + "f.kategori_kode, f.pekerja FROM case_file f WHERE f.id IN (SELECT case_id FROM case_client WHERE person_id = ?) ORDER BY f.tanggal_buka")) {
            ps.setString(1, personId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> r = new LinkedHashMap<>();
                    String caseId = rs.getString(1);
                    r.put(Bundle.PDP_Number(), rs.getString(2));
                    r.put(Bundle.PDP_OldNumber(), nz(rs.getString(3)));
                    r.put(Bundle.PDP_Status(), CaseStatus.valueOf(rs.getString(4)).label());
                    r.put(Bundle.PDP_Opened(), rs.getString(5));
                    r.put(Bundle.PDP_Closed(), nz(rs.getString(6)));
                    r.put(Bundle.PDP_Reason(), rs.getString(7) == null ? "" : ClosureReason.valueOf(rs.getString(7)).label());
                    r.put(Bundle.PDP_Category(), nz(rs.getString(8)));
                    r.put(Bundle.PDP_Worker(), nz(rs.getString(9)));
                    r.put(Bundle.PDP_Services(), joined(c, "SELECT tanggal || ' ' || jenis || ' ' || COALESCE(hasil, '') FROM case_service WHERE case_id = ? ORDER BY tanggal", caseId));
                    r.put(Bundle.PDP_Referrals(), joined(c, "SELECT r.tanggal || ' ' || i.nama || ' (' || r.status || ')' FROM case_referral r "
                            + "JOIN case_institution i ON i.id = r.institution_id WHERE r.case_id = ? ORDER BY r.tanggal", caseId));
                    r.put(Bundle.PDP_Notes(), joined(c, "SELECT created_at || ' ' || teks FROM case_note WHERE case_id = ? ORDER BY created_at", caseId));
                    records.add(r);
                }
            }
        }
        if (records.isEmpty()) {
            return List.of();
        }
        Map<String, String> erasure = new LinkedHashMap<>();
        erasure.put(Bundle.PDP_Erasure(), Bundle.PDP_ErasureText());
        records.add(erasure);
        return List.of(new PersonalDataSection(Bundle.PDP_Cases(), records));
    }

    @Override
    public void anonymise(String personId, Connection c) throws SQLException {
        String now = InstantText.format(Instant.now());
        String who = AccessControl.get().currentUser().username();
        List<String> cases = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT case_id FROM case_client WHERE person_id = ?")) {
            ps.setString(1, personId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cases.add(rs.getString(1));
                }
            }
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO case_note (id, version, created_at, created_by, updated_at, updated_by, case_id, "
                + "teks, kesehatan, koreksi_dari, dikoreksi) VALUES (?, 0, ?, ?, ?, ?, ?, ?, 0, NULL, 0)")) {
            for (String caseId : cases) {
                ins.setString(1, Uuids.newId());
                ins.setString(2, now);
                ins.setString(3, who);
                ins.setString(4, now);
                ins.setString(5, who);
                ins.setString(6, caseId);
                ins.setString(7, Bundle.PDP_RefusalNote());
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    private static String joined(Connection c, String sql, String caseId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return String.join("; ", out);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
