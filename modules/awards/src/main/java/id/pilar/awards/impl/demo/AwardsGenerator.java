package id.pilar.awards.impl.demo;

import id.pilar.core.persistence.InstantText;
import id.pilar.core.persistence.Uuids;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The awards' part of a large data set, with plain JDBC in the caller's transaction: recorded facts
 * (citizenship, blood donations, the odd prison sentence) for every member, and one past ceremony
 * at which about one member in fifty received a Pilar Sosial Teladan award, so the gap rule and
 * "previous awards" have something to read. Used by the benchmark and the demo data.
 */
public final class AwardsGenerator {

    public record Result(int facts, int awards) {
    }

    private final Connection c;
    private final String who;
    private final String stamp;

    public AwardsGenerator(Connection c, String who) {
        this.c = c;
        this.who = who;
        this.stamp = InstantText.format(Instant.now());
    }

    public Result generate(Random r, LocalDate pastCeremony) throws SQLException {
        List<String> members = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM ros_member ORDER BY id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                members.add(rs.getString(1));
            }
        }
        int facts = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO awd_member_record (id, version, created_at, created_by, updated_at, "
                + "updated_by, member_id, citizenship, blood_donations, prison_years, disqualified, evidence) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (String m : members) {
                int roll = r.nextInt(1000);
                if (roll < 40) {
                    continue; // not recorded yet: the eligibility list says so
                }
                ps.setString(1, Uuids.newId());
                ps.setString(2, stamp);
                ps.setString(3, who);
                ps.setString(4, stamp);
                ps.setString(5, who);
                ps.setString(6, m);
                ps.setString(7, roll < 45 ? "WNA" : "WNI");
                if (r.nextInt(10) < 3) {
                    ps.setInt(8, r.nextInt(140));
                } else {
                    ps.setNull(8, java.sql.Types.INTEGER);
                }
                if (roll > 996) {
                    ps.setInt(9, 3 + r.nextInt(6));
                } else {
                    ps.setNull(9, java.sql.Types.INTEGER);
                }
                ps.setInt(10, roll == 995 ? 1 : 0);
                ps.setString(11, "KTP-el / SKCK (data contoh)");
                ps.addBatch();
                if (++facts % 500 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        String ceremony = Uuids.newId();
        insert("INSERT INTO awd_ceremony (id, version, created_at, created_by, updated_at, updated_by, name, held_on, place, presenter) "
                + "VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)", ceremony, stamp, who, stamp, who, "Peringatan HKSN " + pastCeremony.getYear(),
                pastCeremony.toString(), "Aula Kantor Wali Kota Jakarta Pusat", "Wali Kota Administrasi Jakarta Pusat");
        String[] types = {"awd-type-pst-psm", "awd-type-pst-tksk", "awd-type-pst-kt", "awd-type-pst-tagana"};
        String[] codes = {"PST-PSM", "PST-TKSK", "PST-KT", "PST-TAGANA"};
        String[] tiers = {"Pratama", "Madya", "Utama"};
        int awards = 0;
        int[] serial = new int[types.length];
        for (String m : members) {
            if (r.nextInt(50) != 0) {
                continue;
            }
            int t = r.nextInt(types.length);
            String nomination = Uuids.newId();
            String at = InstantText.format(pastCeremony.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
            insert("INSERT INTO awd_nomination (id, version, created_at, created_by, updated_at, updated_by, type_id, recipient_kind, "
                    + "recipient_id, recipient_nik, recipient_name, kecamatan_kode, pillar_type, as_of, state, route_level, eligible, "
                    + "eligibility_reason, justification, flagged, tier, decision_number, decided_on, rejection_reason, state_since) "
                    + "SELECT ?, 0, ?, ?, ?, ?, ?, 'ANGGOTA', m.id, m.nik, m.full_name, k.kode_kecamatan, ?, ?, 'DIANUGERAHKAN', 1, 1, "
                    + "'memenuhi syarat (data contoh)', NULL, 0, ?, ?, ?, NULL, ? FROM ros_member m "
                    + "LEFT JOIN ref_kelurahan k ON k.kode = m.kelurahan_kode WHERE m.id = ?",
                    nomination, stamp, who, stamp, who, types[t], codes[t].substring(4).replace("KT", "KARANG_TARUNA"),
                    pastCeremony.toString(), tiers[r.nextInt(3)], "SK Gubernur 77/" + pastCeremony.getYear(), pastCeremony.minusDays(14).toString(),
                    at, m);
            insert("INSERT INTO awd_award (id, version, created_at, created_by, updated_at, updated_by, nomination_id, type_id, "
                    + "recipient_kind, recipient_id, recipient_nik, recipient_name, kecamatan_kode, pillar_type, tier, conferred_on, ceremony_id, "
                    + "decision_number, serial_number, signatory_name, signatory_title, print_count) "
                    + "SELECT ?, 0, ?, ?, ?, ?, n.id, n.type_id, n.recipient_kind, n.recipient_id, n.recipient_nik, n.recipient_name, "
                    + "n.kecamatan_kode, n.pillar_type, n.tier, ?, ?, n.decision_number, ?, ?, ?, 1 FROM awd_nomination n WHERE n.id = ?",
                    Uuids.newId(), stamp, who, stamp, who, pastCeremony.toString(), ceremony,
                    String.format("PLR/%s/%d/%04d", codes[t], pastCeremony.getYear(), ++serial[t]),
                    "Wali Kota Administrasi Jakarta Pusat", "Wali Kota Administrasi Jakarta Pusat", nomination);
            awards++;
        }
        return new Result(facts, awards);
    }

    private void insert(String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }
}
