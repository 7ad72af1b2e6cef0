package id.pilar.awards.impl.pdp;

import id.pilar.core.spi.PersonalDataSection;
import id.pilar.core.spi.PersonalDataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * UU PDP for awards. Subject access lists the person's nominations, conferred awards and the
 * facts recorded for judging them (citizenship, blood donations, sentences). Erasure clears the
 * judging facts and the name and NIK on nominations that were never conferred; a conferred award
 * stays as it is: it is an official decision (decree number, certificate serial) that the office
 * must be able to show, and the export says so.
 *
 * <p>The person is the registry id or, for a volunteer outside the registry, the member id (as
 * the rosters' source does); runs before the rosters' source, which clears the NIK matched here.
 */
@ServiceProvider(service = PersonalDataSource.class, position = 90)
@Messages({
    "PDP_Nominations=Penghargaan: usulan",
    "PDP_Awards=Penghargaan: yang dianugerahkan",
    "PDP_Facts=Penghargaan: data penilaian kelayakan",
    "PDP_Type=Jenis penghargaan", "PDP_State=Tahap", "PDP_Created=Dicatat", "PDP_Name=Nama", "PDP_Nik=NIK",
    "PDP_Conferred=Tanggal anugerah", "PDP_Decision=Nomor keputusan", "PDP_Serial=Nomor piagam",
    "PDP_Citizenship=Kewarganegaraan", "PDP_Blood=Donor darah", "PDP_Prison=Hukuman penjara terlama (tahun)",
    "PDP_Evidence=Bukti",
    "PDP_Kept=Keterangan",
    "PDP_KeptText=Penghargaan yang sudah dianugerahkan tidak dihapus atas permintaan penghapusan: itu keputusan resmi (nomor keputusan, nomor piagam) yang wajib dapat ditunjukkan kantor.",
    "PDP_Erased=[dihapus]"
})
public final class AwardsPersonalData implements PersonalDataSource {

    @Override
    public String moduleId() {
        return "awards";
    }

    @Override
    public List<PersonalDataSection> collect(String personId, Connection c) throws SQLException {
        String who = recipientFilter(c);
        List<PersonalDataSection> out = new ArrayList<>();
        List<Map<String, String>> nominations = rows(c, "SELECT t.name, n.state, n.created_at, n.recipient_name, n.recipient_nik "
                + "FROM awd_nomination n JOIN awd_type t ON t.id = n.type_id WHERE " + who + " ORDER BY n.created_at", personId,
                Bundle.PDP_Type(), Bundle.PDP_State(), Bundle.PDP_Created(), Bundle.PDP_Name(), Bundle.PDP_Nik());
        if (!nominations.isEmpty()) {
            out.add(new PersonalDataSection(Bundle.PDP_Nominations(), nominations));
        }
        List<Map<String, String>> awards = rows(c, "SELECT t.name, n.conferred_on, n.decision_number, n.serial_number, n.recipient_name, "
                + "n.recipient_nik FROM awd_award n JOIN awd_type t ON t.id = n.type_id WHERE " + who + " ORDER BY n.conferred_on", personId,
                Bundle.PDP_Type(), Bundle.PDP_Conferred(), Bundle.PDP_Decision(), Bundle.PDP_Serial(), Bundle.PDP_Name(), Bundle.PDP_Nik());
        if (!awards.isEmpty()) {
            Map<String, String> kept = new LinkedHashMap<>();
            kept.put(Bundle.PDP_Kept(), Bundle.PDP_KeptText());
            awards.add(kept);
            out.add(new PersonalDataSection(Bundle.PDP_Awards(), awards));
        }
        List<Map<String, String>> facts = rows(c, "SELECT citizenship, blood_donations, prison_years, evidence FROM awd_member_record n "
                + "WHERE " + memberFilter(c), personId,
                Bundle.PDP_Citizenship(), Bundle.PDP_Blood(), Bundle.PDP_Prison(), Bundle.PDP_Evidence());
        if (!facts.isEmpty()) {
            out.add(new PersonalDataSection(Bundle.PDP_Facts(), facts));
        }
        return out;
    }

    @Override
    public void anonymise(String personId, Connection c) throws SQLException {
        String who = recipientFilter(c);
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT n.id FROM awd_nomination n WHERE (" + who + ") AND n.state <> 'DIANUGERAHKAN'")) {
            bind(ps, personId, who);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        for (String table : List.of("awd_nomination", "awd_nomination_aud")) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET recipient_name = ?, recipient_nik = ? WHERE id = ?")) {
                for (String id : ids) {
                    ps.setString(1, Bundle.PDP_Erased());
                    ps.setString(2, Bundle.PDP_Erased());
                    ps.setString(3, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        String members = memberFilter(c);
        for (String table : List.of("awd_member_record", "awd_member_record_aud")) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " AS n SET citizenship = NULL, blood_donations = NULL, "
                    + "prison_years = NULL, evidence = NULL WHERE " + members)) {
                bind(ps, personId, members);
                ps.executeUpdate();
            }
        }
    }

    /** Nominations and awards of the person: by member id or by the registry person's NIK. */
    private static String recipientFilter(Connection c) throws SQLException {
        return hasTable(c, "reg_person")
                ? "(n.recipient_id = ? OR n.recipient_id IN (SELECT m.id FROM ros_member m WHERE m.nik = "
                        + "(SELECT p.nik FROM reg_person p WHERE p.id = ? AND p.nik IS NOT NULL)))"
                : "(n.recipient_id = ?)";
    }

    private static String memberFilter(Connection c) throws SQLException {
        return hasTable(c, "reg_person")
                ? "(n.member_id = ? OR n.member_id IN (SELECT m.id FROM ros_member m WHERE m.nik = "
                        + "(SELECT p.nik FROM reg_person p WHERE p.id = ? AND p.nik IS NOT NULL)))"
                : "(n.member_id = ?)";
    }

    private static void bind(PreparedStatement ps, String personId, String filter) throws SQLException {
        int n = (int) filter.chars().filter(ch -> ch == '?').count();
        for (int i = 1; i <= n; i++) {
            ps.setString(i, personId);
        }
    }

    private static List<Map<String, String>> rows(Connection c, String sql, String personId, String... labels) throws SQLException {
        List<Map<String, String>> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, personId, sql);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> r = new LinkedHashMap<>();
                    for (int i = 0; i < labels.length; i++) {
                        String v = rs.getString(i + 1);
                        r.put(labels[i], v == null ? "" : v);
                    }
                    out.add(r);
                }
            }
        }
        return out;
    }

    private static boolean hasTable(Connection c, String table) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        try (ResultSet rs = md.getTables(null, null, table, null)) {
            return rs.next();
        }
    }
}
